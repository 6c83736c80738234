package dev.parley.local;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ./parley report --brand B [--from DAY] [--to DAY] [--out FILE]}: a report from the running analytics
 * service, as HTML (or CSV or JSON, by the file's extension).
 */
final class ReportCommand {
    static final String USAGE = """
            usage: ./parley report --brand BRAND [--from 2026-11-16] [--to 2026-11-23] [--out report.html]
              writes the brand's report for the days from --from up to (not including) --to, compared with the same
              number of days before; default the last 7 days. The file's extension picks the form: .html (charts,
              tables, spikes, recommendations), .csv or .json (the same numbers). Needs Parley running (./parley up).""";

    private ReportCommand() {
    }

    static int run(String[] args, LocalSettings settings) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("unexpected argument '" + args[i] + "'\n" + USAGE);
                return 2;
            }
            options.put(args[i].substring(2), args[++i]);
        }
        if (!options.containsKey("brand") || !options.keySet().stream()
                .allMatch(k -> k.equals("brand") || k.equals("from") || k.equals("to") || k.equals("out"))) {
            System.err.println(USAGE);
            return 2;
        }
        Path out = Path.of(options.getOrDefault("out", "report.html"));
        String name = out.getFileName().toString();
        String form = name.endsWith(".csv") ? "csv" : name.endsWith(".json") ? "json" : "html";
        StringBuilder query = new StringBuilder("brand=")
                .append(URLEncoder.encode(options.get("brand"), StandardCharsets.UTF_8));
        try {
            for (String day : new String[] {"from", "to"}) {
                if (options.containsKey(day)) {
                    Instant start = LocalDate.parse(options.get(day)).atStartOfDay(ZoneOffset.UTC).toInstant();
                    query.append('&').append(day).append('=').append(start);
                }
            }
        } catch (DateTimeParseException e) {
            System.err.println("--from and --to are days like 2026-11-16: " + e.getParsedString());
            return 2;
        }
        URI uri = URI.create(settings.url(Service.ANALYTICS) + "/reports/summary." + form + "?" + query);
        try {
            HttpResponse<Path> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
                            .header("X-Api-Key", LocalApiKey.of(settings.home())).build(),
                            HttpResponse.BodyHandlers.ofFile(out));
            if (response.statusCode() != 200) {
                System.err.println("analytics answered " + response.statusCode() + "; see " + out);
                return 1;
            }
        } catch (ConnectException e) {
            System.err.println("analytics is not running at " + settings.url(Service.ANALYTICS) + "; start Parley "
                    + "with ./parley up");
            return 1;
        } catch (IOException e) {
            System.err.println("could not fetch the report: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        System.out.println("wrote " + out.toAbsolutePath());
        return 0;
    }
}
