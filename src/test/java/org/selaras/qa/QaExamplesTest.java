package org.selaras.qa;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every check's own examples (LanguageTool's PatternRuleTest): a correct example yields no issue; an
 * incorrect one yields exactly one issue per marker, at the marked span and side, and nothing else.
 */
class QaExamplesTest {

    static Stream<Arguments> examples() {
        // the house's one list of checks: a check added there is tested here without being named
        return QaRunner.standard(GlossaryCheck.EXAMPLE_GLOSSARY).checks().stream().flatMap(QaExamplesTest::cases);
    }

    private static Stream<Arguments> cases(QaCheck check) {
        List<Example> examples = check.examples();
        assertTrue(examples.stream().anyMatch(Example::correct), check.id() + " needs a correct example");
        assertTrue(examples.stream().anyMatch(e -> !e.correct()), check.id() + " needs an incorrect example");
        return examples.stream().map(e -> Arguments.of(check.id(), check, e));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("examples")
    void example(String id, QaCheck check, Example example) {
        List<Issue> issues = check.check(example.pair());
        List<Example.Mark> got = issues.stream().map(i -> new Example.Mark(i.side(), i.start(), i.end())).toList();
        assertEquals(example.marks(), got.stream().sorted((a, b) -> a.side() != b.side()
                ? a.side().compareTo(b.side()) : Integer.compare(a.start(), b.start())).toList(), issues.toString());
        for (Issue i : issues) {
            assertEquals(id, i.check());
            assertFalse(i.message().isBlank());
        }
    }
}
