package org.detente.cli;

import picocli.CommandLine.Command;

@Command(name = "run")
final class RunCommand implements Runnable {
    @Override
    public void run() {
    }
}
