package org.detente.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input a user wrote (a scenario, a text, a results folder) that cannot be used.
 * Carries every problem found, each naming its file, line and field.
 */
public class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an input exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InputException(Problem problem) {
        this(List.of(problem));
    }

    /** The problems, in the order they occur in the input. */
    public List<Problem> problems() {
        return problems;
    }
}
