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
     */
    record Request(PlanSpec spec, Block block) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * What is answered.
     *
     * @param result  the block's result (null when refused)
     * @param member  the address of the member that ran it
     * @param refusal why the member would not run it, in one line (empty when it did)
     */
    record Response(Block.Result result, String member, String refusal) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Override
    public Envelope call() throws Exception {
        Worker worker = Worker.current();
        Request r = request.open(worker.secret(), Request.class); // a forged or altered task stops here
        try {
            Block.Result result = worker.run(r.spec(), r.block());
            return Envelope.seal(new Response(result, worker.address(), ""), worker.secret());
        } catch (org.detente.scenario.InputException e) {
            return Envelope.seal(new Response(null, worker.address(), e.problems().get(0).toString()),
                    worker.secret());
        }
    }
}
