package dev.parley.ingestion.imports;

import java.io.InputStream;
import java.util.Map;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/** Rows of an export, read lazily: RFC 4180 CSV with a header row, or one JSON object per line. */
public final class ExportFiles {
    /** In an export an empty cell means "no value", not an empty string. */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.EMPTY_STRING_AS_NULL).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ExportFiles() {
    }

    public static MappingIterator<Map<String, Object>> csvRows(InputStream in) {
        return CSV.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(in);
    }

    public static MappingIterator<Map<String, Object>> jsonLines(InputStream in) {
        return JSON.readerFor(Map.class).readValues(in);
    }
}
