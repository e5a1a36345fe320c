package org.selaras.terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds near variants ({@link NearVariants#near}) among many keys without comparing every pair: each key is
 * filed under its compact form and, when 6 letters or longer, under every form with one letter deleted
 * (symmetric deletion, as SymSpell does). Two keys within one edit share one of these forms. Hand-written
 * for speed: term discovery over a day's documents compares tens of thousands of candidates.
 */
final class VariantIndex<T> {

    private final Map<String, List<T>> byForm = new HashMap<>();
    private final Map<T, String> keys = new HashMap<>();

    void add(String key, T value) {
        keys.put(value, key);
        for (String f : forms(key)) byForm.computeIfAbsent(f, k -> new ArrayList<>()).add(value);
    }

    /** The values whose key is a near variant of this key (the value filed under this very key too). */
    Set<T> near(String key) {
        Set<T> out = new LinkedHashSet<>();
        for (String f : forms(key)) {
            for (T v : byForm.getOrDefault(f, List.of())) {
                if (!out.contains(v) && NearVariants.near(key, keys.get(v))) out.add(v);
            }
        }
        return out;
    }

    private static List<String> forms(String key) {
        String c = NearVariants.compact(key);
        List<String> out = new ArrayList<>(c.length() + 1);
        out.add(c);
        if (c.length() >= 6) {
            for (int i = 1; i < c.length(); i++) out.add(c.substring(0, i) + c.substring(i + 1)); // first letter stays
        }
        return out;
    }
}
