package org.detente.batch;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.detente.scenario.InputException;
import org.detente.scenario.Problem;

/**
 * One writer per output folder: an operating-system lock on a file beside the folder
 * ({@code .NAME.lock}), holding the owner's pid, host and start time for the message a second
 * writer gets. The operating system releases the lock when its process dies, so a lock left by
 * a killed process is never in the way (a stale lock file is simply taken over).
 */
final class FolderLock implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock for {@code target}.
     *
     * @throws InputException naming the owner if another process (or this one) holds it
     */
    static FolderLock acquire(Path target, Path file) throws InputException {
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this process
            }
            if (lock == null) {
                String owner = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
                channel.close();
                throw new InputException(new Problem(target, 0, "--out", "in use by another Détente process ("
                        + (owner.isEmpty() ? "unknown" : owner) + "); wait for it to finish or stop it"));
            }
            String owner = "pid " + ProcessHandle.current().pid() + " on " + host() + ", since " + Instant.now();
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new FolderLock(file, channel, lock);
        } catch (IOException e) {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException ignored) {
                // the original failure is what the user needs to see
            }
            throw new InputException(new Problem(target, 0, "--out", "cannot lock " + file.getFileName() + ": "
                    + ResultsFolder.reason(e)));
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "this host";
        }
    }

    /**
     * Releases the lock. The file stays (hidden, a few bytes): deleting it could let a process that
     * opened it just before lock it while another locks a new file of the same name.
     */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // releasing happens when the process ends anyway
        }
    }
}
