package dev.parley.triage.model;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/** Labelled examples from RFC 4180 CSV (header row; quoted, multi-line fields) or JSON Lines. */
public final class LabelledFiles {
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.EMPTY_STRING_AS_NULL).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LabelledFiles() {
    }

    /** The examples read, and how many rows lacked a text or a label. */
    public record Examples(List<Trainer.Example> examples, long skipped) {
    }

    /**
     * @throws IllegalArgumentException when a column is not in the file, naming the columns it has
     */
    public static Examples read(Path file, String textColumn, String labelColumn) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, file.toString(), textColumn, labelColumn);
        }
    }

    /**
     * @param name the file's name: CSV when it ends with {@code .csv}, else JSON Lines
     */
    public static Examples read(InputStream in, String name, String textColumn, String labelColumn) throws IOException {
        List<Trainer.Example> examples = new ArrayList<>();
        long skipped = 0;
        boolean checked = false;
        try (MappingIterator<Map<String, Object>> rows = name.endsWith(".csv")
                     ? CSV.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(in)
                     : JSON.readerFor(Map.class).readValues(in)) {
            while (rows.hasNext()) {
                Map<String, Object> row = rows.next();
                if (!checked && (!row.containsKey(textColumn) || !row.containsKey(labelColumn))) {
                    throw new IllegalArgumentException(name + " has no column '" + (row.containsKey(textColumn)
                            ? labelColumn : textColumn) + "'; its columns are " + row.keySet());
                }
                checked = true;
                Object text = row.get(textColumn);
                Object label = row.get(labelColumn);
                if (text == null || label == null || text.toString().isBlank() || label.toString().isBlank()) {
                    skipped++;
                } else {
                    examples.add(new Trainer.Example(text.toString(), label.toString().trim()));
                }
            }
        }
        return new Examples(examples, skipped);
    }
}
