package org.detente.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.detente.scenario.InputException;
import org.detente.scenario.Problem;

/**
 * What a worker needs to rebuild a batch's plan on its own: the scenario and experiment files
 * (by path; the worker reads and codes them itself), the posterior sample if any, the master
 * seed, the replications and the block size, with the submitter's fingerprint of the plan
 * (the SHA-256 of every scenario file, text, dictionary and posterior it read, the design
 * values and the seed) and the build that made it. A worker whose files or build differ
 * refuses the work rather than compute something else under the same name.
 *
 * @param files          the scenario and experiment files, absolute
 * @param posterior      a posterior sample every scenario draws its parameters from (empty for none)
 * @param posteriorDraws evenly spaced rows of it to use (0 for all)
 * @param masterSeed     the master seed
 * @param replications   replications per cell
 * @param blockSize      replications per block
 * @param fingerprint    the submitter's fingerprint of the plan
 * @param build          the submitter's build ({@link #thisBuild()})
 */
public record PlanSpec(List<String> files, String posterior, int posteriorDraws, long masterSeed,
                       int replications, int blockSize, String fingerprint, String build) implements Serializable {

    private static final long serialVersionUID = 1L;

    public PlanSpec {
        files = List.copyOf(files);
    }

    /** The spec of a plan compiled from these files (paths made absolute; posterior may be null). */
    public static PlanSpec of(BatchPlan plan, List<Path> files, Path posterior, int posteriorDraws)
            throws IOException {
        return of(plan, files, posterior, posteriorDraws, BatchWriter.fingerprint(plan));
    }

    /**
     * As above with the fingerprint taken when the plan was compiled (the batch's writer takes
     * it then), so files edited after the batch started are refused by members rather than run.
     */
    public static PlanSpec of(BatchPlan plan, List<Path> files, Path posterior, int posteriorDraws,
                              String fingerprint) {
        return new PlanSpec(files.stream().map(f -> f.toAbsolutePath().normalize().toString()).toList(),
                posterior == null ? "" : posterior.toAbsolutePath().normalize().toString(), posteriorDraws,
                plan.masterSeed(), plan.replications(), plan.blockSize(), fingerprint, thisBuild());
    }

    /**
     * The plan again, compiled from the files on this machine, to run on {@code threads}
     * threads; refused when this build or the files are not the submitter's.
     */
    public BatchPlan rebuild(int threads) throws InputException, IOException {
        Path first = Path.of(files.get(0));
        if (!build.equals(thisBuild())) {
            throw new InputException(new Problem(first, 0, "build", "this member runs another build of Détente"
                    + " (" + thisBuild().substring(0, 12) + ", the submitter " + build.substring(0, Math.min(12,
                    build.length())) + "); run the same build on every member"));
        }
        ScenarioCompiler compiler = new ScenarioCompiler();
        if (!posterior.isEmpty()) {
            compiler.withPosterior(Path.of(posterior), posteriorDraws);
        }
        ScenarioCompiler.Compilation c = compiler.compileExperiments(files.stream().map(Path::of).toList(),
                Optional.of(masterSeed));
        BatchPlan plan = new BatchPlan(c.cells(), replications, masterSeed, threads, blockSize);
        if (!BatchWriter.fingerprint(plan).equals(fingerprint)) {
            throw new InputException(new Problem(first, 0, "", "the scenario files here differ from the"
                    + " submitter's (their SHA-256 or the design differ); use the same files on every member"));
        }
        return plan;
    }

    private static String thisBuild;

    /**
     * This build's identity: the SHA-256 of the jar Détente runs from, or, run from classes
     * (in tests), of every class file in name order. Two members agree only when their code does.
     */
    public static synchronized String thisBuild() {
        if (thisBuild == null) {
            try {
                Path code = Path.of(PlanSpec.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                if (Files.isRegularFile(code)) {
                    update(sha, code);
                } else {
                    try (Stream<Path> classes = Files.walk(code)) {
                        for (Path c : classes.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                            sha.update(code.relativize(c).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                            update(sha, c);
                        }
                    }
                }
                thisBuild = HexFormat.of().formatHex(sha.digest());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException | java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return thisBuild;
    }

    private static void update(MessageDigest sha, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        }
    }
}
