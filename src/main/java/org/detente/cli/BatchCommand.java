package org.detente.cli;

import picocli.CommandLine.Command;

@Command(name = "batch")
final class BatchCommand implements Runnable {
    @Override
    public void run() {
    }
}
