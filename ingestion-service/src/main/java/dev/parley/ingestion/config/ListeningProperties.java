package dev.parley.ingestion.config;

import dev.parley.ingestion.listening.Listening;
import dev.parley.ingestion.listening.ListeningRules;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.ingestion.listening.<brand>.*}: what each brand listens for (see {@link ListeningRules}).
 * A brand without an entry keeps every post addressed to it.
 *
 * @param listening rules by brand id
 */
@ConfigurationProperties("parley.ingestion")
public record ListeningProperties(Map<String, Rules> listening) {

    public Listening toListening() {
        return new Listening(listening == null ? Map.of() : listening.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toRules())));
    }

    /**
     * @param handles   the brand's own handles
     * @param keywords  words or phrases that keep a public mention
     * @param hashtags  hashtags that keep a public mention
     * @param exclude   words or phrases that drop any post
     * @param languages language prefixes to keep
     */
    public record Rules(List<String> handles, List<String> keywords, List<String> hashtags, List<String> exclude,
                        List<String> languages) {
        ListeningRules toRules() {
            return new ListeningRules(handles, keywords, hashtags, exclude, languages);
        }
    }
}
