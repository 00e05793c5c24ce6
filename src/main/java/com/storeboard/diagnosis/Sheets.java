package com.storeboard.diagnosis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Export sheet names (§1.12): at most 31 characters, no [ ] : * ? / \, duplicates numbered ~2, ~3 …. */
final class Sheets {

    private Sheets() {
    }

    static List<String> names(List<String> wanted) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (String w : wanted) {
            String name = w.replaceAll("[\\[\\]:*?/\\\\]", "_");
            if (name.length() > 31) {
                name = name.substring(0, 31);
            }
            int n = seen.merge(name, 1, Integer::sum);
            if (n > 1) {
                String suffix = "~" + n;
                name = (name.length() + suffix.length() > 31 ? name.substring(0, 31 - suffix.length()) : name) + suffix;
            }
            names.add(name);
        }
        return names;
    }
}
