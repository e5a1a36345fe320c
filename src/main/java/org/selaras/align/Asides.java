package org.selaras.align;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines that a newsroom adds on one side only: "Baca juga: …" teasers, "Editor: …" and "(red)" lines in Indonesian
 * articles, "(Reporting by …; Editing by …)" credits in English wire copy. Real translations leave them out, so the
 * aligner lets them stand alone cheaply and refuses to glue them to a neighbour's pair (which put the credit line
 * into the corpus as part of a translation).
 */
final class Asides {

    // labels need their colon: "Sumber: Antara" is an aside, "Sumber itu mengatakan …" (the source said) is not
    private static final Pattern INDONESIAN = Pattern.compile(
            "^(?:(?:baca juga|simak juga|lihat juga|baca selengkapnya)\\b"
                    + "|(?:editor|penyunting|penulis|pewarta|reporter|sumber|foto|ilustrasi)\\s*:"
                    + "|laporan ini disusun oleh\\b).*|.*\\(red\\.?\\)\\s*\\.?\\s*$");
    private static final Pattern ENGLISH = Pattern.compile(
            "^(?:\\(?(?:reporting|writing|editing|additional reporting) by\\b|(?:read also|read more|see also)\\b"
                    + "|(?:related|editor|editing|writer|source|photo)\\s*:).*");

    private Asides() {
    }

    static boolean isAside(String sentence, boolean indonesian) {
        String s = sentence.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.length() > 200) return false;
        return (indonesian ? INDONESIAN : ENGLISH).matcher(s).matches();
    }
}
