package org.selaras.terms;

import java.util.List;

/**
 * The likely English of a candidate. {@code basis}: CORPUS when seen in confirmed translations ({@code evidence}:
 * the segments where this English stood next to the candidate; {@code seen}: in how many of the translated
 * segments with the candidate it was), MEMORY when seen in memory units ({@code seen} of
 * {@code translatedOccurrences} units; no segment evidence), TABLE when only the title word table proposes it,
 * MT when a machine translation engine proposed it on request (glossary protection off; no evidence).
 */
public record Suggestion(String english, Basis basis, int seen, int translatedOccurrences, List<Occurrence> evidence) {

    /** Where the suggestion comes from. */
    public enum Basis { CORPUS, MEMORY, TABLE, MT }

    public Suggestion {
        evidence = List.copyOf(evidence);
    }
}
