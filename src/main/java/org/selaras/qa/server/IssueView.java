package org.selaras.qa.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.selaras.qa.Issue;

import java.util.List;
import java.util.Locale;

/**
 * A QA issue as the API shows it. "term" is the Indonesian term of the glossary entry; start/end
 * point into the text named by "side" (target, or source for what is missing from the target).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IssueView(String check, String severity, String message, String term, String expected, String found,
                        int start, int end, String side) {

    public static IssueView of(Issue i) {
        return new IssueView(i.check(), i.severity().name().toLowerCase(Locale.ROOT), i.message(), i.term(),
                i.expected(), i.found(), i.start(), i.end(), i.side().name().toLowerCase(Locale.ROOT));
    }

    public static List<IssueView> of(List<Issue> issues) {
        return issues.stream().map(IssueView::of).toList();
    }
}
