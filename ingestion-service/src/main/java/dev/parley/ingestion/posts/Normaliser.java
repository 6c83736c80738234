package dev.parley.ingestion.posts;

import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Normalises a raw item with the format of its source. */
public class Normaliser {
    private final Map<String, RawFormat> formats;

    public Normaliser(List<RawFormat> formats) {
        this.formats = formats.stream().collect(Collectors.toUnmodifiableMap(RawFormat::source, Function.identity()));
    }

    public SocialPost normalise(RawPost raw) {
        RawFormat format = formats.get(raw.source());
        if (format == null) {
            throw new InvalidPostException(List.of(new FieldError("source",
                    "'" + raw.source() + "' is not one of " + formats.keySet().stream().sorted().toList())));
        }
        return format.normalise(raw);
    }
}
