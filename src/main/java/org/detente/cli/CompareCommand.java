package org.detente.cli;

import picocli.CommandLine.Command;

@Command(name = "compare")
final class CompareCommand implements Runnable {
    @Override
    public void run() {
    }
}
