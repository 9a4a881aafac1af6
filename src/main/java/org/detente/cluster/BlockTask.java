package org.detente.cluster;

import java.io.Serializable;
import java.util.concurrent.Callable;
import org.detente.batch.Block;
import org.detente.batch.PlanSpec;

/**
 * One block sent to a member: the request (plan spec and block) sealed under the secret; the
 * answer is the block's result, sealed likewise, with the member's address for the manifest.
 *
 * @param request the sealed {@link Request}
 */
record BlockTask(Envelope request) implements Callable<Envelope>, Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * What is asked.
     *
     * @param spec  how to rebuild the batch's plan
     * @param block which block to run
     * @param nonce unique to this request (the batch's random id, the block, the attempt): the answer
     *              must repeat it, so an answer recorded from another batch or attempt is not taken
     */
    record Request(PlanSpec spec, Block block, String nonce) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * What is answered.
     *
     * @param result  the block's result (null when refused)
     * @param member  the address of the member that ran it
     * @param refusal why the member would not run it, in one line (empty when it did)
     * @param nonce   the request's nonce
     * @param fingerprint the request's plan fingerprint
     */
    record Response(Block.Result result, String member, String refusal, String nonce, String fingerprint)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Override
    public Envelope call() throws Exception {
        Worker worker = Worker.awaitCurrent(); // a member that has just joined may be asked before it is set up
        Request r = request.open(worker.secret(), Request.class); // a forged or altered task stops here
        try {
            Block.Result result = worker.run(r.spec(), r.block());
            return Envelope.seal(new Response(result, worker.address(), "", r.nonce(), r.spec().fingerprint()),
                    worker.secret());
        } catch (org.detente.scenario.InputException e) {
            return Envelope.seal(new Response(null, worker.address(), e.problems().get(0).toString(), r.nonce(),
                    r.spec().fingerprint()), worker.secret());
        } catch (RuntimeException | Error e) { // answered, sealed, rather than thrown back through Hazelcast
            return Envelope.seal(new Response(null, worker.address(), "failed: " + e, r.nonce(),
                    r.spec().fingerprint()), worker.secret());
        }
    }
}
