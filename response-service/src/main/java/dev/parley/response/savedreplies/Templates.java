package dev.parley.response.savedreplies;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills a saved reply's {@code {{variables}}}; a variable without a value is an error that names it. */
public final class Templates {
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([a-z][a-z0-9_]*)\\s*}}");
    private static final Pattern BRACES = Pattern.compile("\\{\\{|}}");

    private Templates() {
    }

    /** The variables a text uses, in order of first use. */
    public static Set<String> variables(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** @throws IllegalArgumentException when braces do not form variables ({@code {{name}}}, lower case) */
    static void check(String text) {
        long braces = BRACES.matcher(text).results().count();
        if (braces != 2L * VARIABLE.matcher(text).results().count()) {
            throw new IllegalArgumentException("variables are written {{name}} with a lower-case name: " + text);
        }
    }

    /** @throws MissingValuesException naming every variable without a value */
    public static String fill(String text, Map<String, String> values) {
        List<String> missing = new ArrayList<>(variables(text).stream()
                .filter(name -> values.get(name) == null || values.get(name).isBlank()).toList());
        if (!missing.isEmpty()) {
            throw new MissingValuesException(missing);
        }
        return VARIABLE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
    }

    /** Values a saved reply needs and did not get. */
    public static class MissingValuesException extends IllegalArgumentException {
        private final List<String> missing;

        MissingValuesException(List<String> missing) {
            super("values needed for " + missing);
            this.missing = List.copyOf(missing);
        }

        public List<String> missing() {
            return missing;
        }
    }
}
