package org.selaras.exchange.server;

import org.selaras.document.SegmentText;
import org.selaras.translation.Origin;
import org.selaras.translation.SaveBatch;
import org.selaras.translation.SaveRequest;
import org.selaras.translation.Status;
import org.selaras.translation.TranslationService;
import org.selaras.translation.TranslationView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.selaras.exchange.server.ImportService.normalise;

/**
 * Units matched by their source text (a TMX unit, an XLIFF unit without our id): to every segment or group with that
 * source, the first unit for a source winning. A unit whose source is the text of several consecutive single
 * segments of one paragraph (a paragraph-level unit, as Okapi and aligners write) joins them into a group that
 * holds its translation, as the editor's join does: never the whole English on the first segment alone.
 */
final class BySource {

    /**
     * A unit of the file as this matching needs it. {@code tagged}: the target with its inline codes as our tags
     * (null when none), what a segment with tags takes; {@code promote}: the same text with a higher status is saved.
     */
    record Incoming(int line, String id, String source, String target, String tagged, Status status, boolean promote) {

        /** The translation for this segment of the batch: with tags where the segment has them. */
        String targetFor(SaveBatch batch, long segmentId) {
            return tagged != null && batch.tagged(segmentId) ? tagged : target;
        }
    }

    private final SaveBatch batch;
    private final boolean overwrite;
    /** Segments (and groups, by their joined source) by normalised source, as the batch began. */
    private final Map<String, List<SegmentText>> bySource = new LinkedHashMap<>();
    /** The document's single segments by the first word of their normalised source, for paragraph-level units. */
    private Map<String, List<Integer>> byFirstWord;
    private List<SegmentText> inOrder;
    private List<String> normalised;
    /** Segments this file joined into groups: later units for one of them alone conflict with the group. */
    private final Set<Long> joinedHere = new HashSet<>();
    /** The target the first unit of each source gave. */
    private final Map<String, String> done = new HashMap<>();

    BySource(SaveBatch batch, boolean overwrite) {
        this.batch = batch;
        this.overwrite = overwrite;
        for (SegmentText s : batch.units()) {
            bySource.computeIfAbsent(normalise(s.text()), k -> new ArrayList<>()).add(s);
        }
    }

    void apply(ImportService.Tally t, Incoming u) {
        String key = normalise(u.source());
        List<SegmentText> segs = bySource.get(key);
        List<SegmentText> run = segs == null ? run(key) : null;
        if (segs == null && run == null) {
            t.unmatched++;
            t.note(u.line(), u.id(), "unmatched", "no segment of the document has this source text, nor do "
                    + "consecutive segments of one paragraph");
            return;
        }
        if (u.target() == null || u.target().isBlank()) {
            t.skipped++;
            return;
        }
        if (u.target().length() > TranslationService.MAX_TEXT) {
            t.rejected++;
            t.note(u.line(), u.id(), "rejected", "longer than " + TranslationService.MAX_TEXT + " characters");
            return;
        }
        String earlier = done.putIfAbsent(key, u.target());
        if (earlier != null) {
            if (earlier.equals(u.target())) {
                t.matched++;
            } else {
                t.conflicts++;
                t.note(u.line(), u.id(), "conflict", "an earlier unit of the file translates the same source "
                        + "differently; the earlier one was used");
            }
            return;
        }
        if (run != null) {
            join(t, u, run);
            return;
        }
        boolean conflict = false;
        for (SegmentText s : segs) {
            if (joinedHere.contains(s.id())) {
                conflict = true;
                t.note(u.line(), u.id(), "conflict", "segment " + s.id() + " was joined into the group of segment "
                        + batch.unitOf(s.id()).id() + " by an earlier unit of the file; the group was kept");
                continue;
            }
            TranslationView current = batch.current(s.id());
            String target = u.targetFor(batch, s.id());
            if (current != null && current.text().equals(target)) {
                if (u.promote() && ImportService.rank(u.status()) > ImportService.rank(ImportService.status(current))) {
                    ImportService.save(batch, s.id(), current.text(), u.status(), current, current.origin());
                    t.saved(current);
                } else {
                    t.unchanged++;
                }
                continue;
            }
            if (current != null && ImportService.status(current).isConfirmed() && !overwrite) {
                conflict = true;
                t.note(u.line(), u.id(), "conflict", "segment " + s.id() + " is already " + current.status()
                        + " with another translation; kept (overwrite=true replaces it)");
                continue;
            }
            ImportService.save(batch, s.id(), target, u.status(), current, Origin.IMPORTED);
            t.saved(current);
        }
        if (conflict) {
            t.conflicts++;
        } else {
            t.matched++;
        }
    }

    /**
     * The run's segments become one group with the unit's translation. A confirmed translation on any of them is
     * a conflict unless overwrite=true; drafts give way. The group counts once: added when none of its segments
     * had English, else updated.
     */
    private void join(ImportService.Tally t, Incoming u, List<SegmentText> run) {
        boolean hadEnglish = false;
        for (SegmentText s : run) {
            TranslationView current = batch.current(s.id());
            if (current == null || current.text().isBlank()) {
                continue;
            }
            hadEnglish = true;
            if (ImportService.status(current).isConfirmed() && !overwrite) {
                t.conflicts++;
                t.note(u.line(), u.id(), "conflict", "the unit is the text of segments " + run.get(0).position()
                        + "–" + run.get(run.size() - 1).position() + ", and segment " + s.position() + " is already "
                        + current.status() + "; kept (overwrite=true joins them into a group with the unit's English)");
                return;
            }
        }
        TranslationView head = batch.current(run.get(0).id());
        run.forEach(s -> joinedHere.add(s.id()));
        batch.saveJoined(run.stream().map(SegmentText::id).toList(), new SaveRequest(u.target(), u.status().id(),
                head == null ? 0 : head.version(), null, Origin.IMPORTED));
        t.matched++;
        t.saved++;
        if (hadEnglish) {
            t.updated++;
        } else {
            t.added++;
        }
        t.note(u.line(), u.id(), "joined", "segments " + run.get(0).position() + "–"
                + run.get(run.size() - 1).position() + " joined into one group with the unit's translation");
    }

    /**
     * The consecutive single segments of one paragraph whose sources, joined, are {@code key}; null when there are
     * none. Candidates start with the key's first word, and each grows a segment at a time while it is a prefix.
     */
    private List<SegmentText> run(String key) {
        int space = key.indexOf(' ');
        if (space < 0) {
            return null;
        }
        if (byFirstWord == null) {
            index();
        }
        for (int start : byFirstWord.getOrDefault(key.substring(0, space), List.of())) {
            if (!batch.single(inOrder.get(start).id())) {
                continue;
            }
            StringBuilder text = new StringBuilder(normalised.get(start));
            int end = start;
            int paragraph = batch.paragraph(inOrder.get(start).id());
            while (text.length() < key.length() && key.startsWith(text.toString()) && key.charAt(text.length()) == ' ') {
                int next = end + 1;
                if (next >= inOrder.size() || normalised.get(next).isEmpty()
                        || inOrder.get(next).position() != inOrder.get(end).position() + 1
                        || batch.paragraph(inOrder.get(next).id()) != paragraph || !batch.single(inOrder.get(next).id())) {
                    break;
                }
                text.append(' ').append(normalised.get(next));
                end = next;
            }
            if (end > start && text.length() == key.length() && key.contentEquals(text)) {
                return List.copyOf(inOrder.subList(start, end + 1));
            }
        }
        return null;
    }

    private void index() {
        inOrder = batch.segments().inOrder();
        normalised = new ArrayList<>(inOrder.size());
        byFirstWord = new HashMap<>();
        for (int i = 0; i < inOrder.size(); i++) {
            String n = normalise(inOrder.get(i).text());
            normalised.add(n);
            if (!n.isEmpty()) {
                int space = n.indexOf(' ');
                byFirstWord.computeIfAbsent(space < 0 ? n : n.substring(0, space), k -> new ArrayList<>()).add(i);
            }
        }
    }
}
