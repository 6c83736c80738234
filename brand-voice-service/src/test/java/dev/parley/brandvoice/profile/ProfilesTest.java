package dev.parley.brandvoice.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfilesTest {
    private static final BrandProfile PLAIN = profile(List.of());
    private static final ProfileVersion FALLBACK = new ProfileVersion("default", 0, PLAIN, "configuration",
            Instant.EPOCH, null);

    private final VersionList repository = new VersionList();
    private final MovingClock clock = new MovingClock();
    private final Profiles profiles = new Profiles(repository, FALLBACK, clock, Duration.ofSeconds(10));

    @Test
    void aBrandWithoutAProfileIsCheckedWithTheFallback() {
        assertThat(profiles.current("acme").guidelineVersion()).isEqualTo("default@0");
    }

    @Test
    void savingNumbersVersionsAndRecordsWhoAndWhy() {
        ProfileVersion first = profiles.save("acme", PLAIN, "maria", "launch", 0);
        ProfileVersion second = profiles.save("acme", profile(List.of(new BannedPhrase("no", "curt", null))), "li",
                null, 1);

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.guidelineVersion()).isEqualTo("acme@2");
        assertThat(profiles.history("acme")).extracting(ProfileVersion::changedBy).containsExactly("li", "maria");
        assertThat(profiles.current("acme").version()).isEqualTo(2);
    }

    @Test
    void aChangeFromAStaleVersionIsRefused() {
        profiles.save("acme", PLAIN, "maria", null, 0);

        assertThatThrownBy(() -> profiles.save("acme", PLAIN, "li", null, 0))
                .isInstanceOf(ConcurrentProfileChangeException.class).hasMessageContaining("at version 1, not 0");
    }

    @Test
    void anotherReplicasChangeIsSeenOnceTheCacheExpires() {
        assertThat(profiles.current("acme").version()).isZero();
        repository.append(new ProfileVersion("acme", 1, PLAIN, "elsewhere", Instant.EPOCH, null));

        assertThat(profiles.current("acme").version()).isZero();
        clock.advance(Duration.ofSeconds(11));
        assertThat(profiles.current("acme").version()).isEqualTo(1);
    }

    @Test
    void everyOptionIsValidatedWithTheFieldThatIsWrong() {
        assertThatThrownBy(() -> new BrandProfile(null, null, null, null, List.of(), Reinforcement.ALWAYS, null, null,
                null, null, null, null, null, null, null)).hasMessageContaining("no preferredPhrases");
        assertThatThrownBy(() -> new BrandProfile(null, null, null, null, null, null, null, null, null, null,
                Map.of("myspace", new PlatformConvention(100, null, 0)), null, null, null, null))
                .hasMessageContaining("platforms: 'myspace' is not one of");
        assertThatThrownBy(() -> new SignOff("\\^[A-Z]{2}", "-JS", false)).hasMessageContaining("does not match");
        assertThatThrownBy(() -> new SignOff("([", "x", false)).hasMessageContaining("not a regular expression");
        assertThatThrownBy(() -> new RegulatedTopic("legal", List.of("sue"), List.of("legal team"),
                RegulatedTopic.Action.ESCALATE, null)).hasMessageContaining("needs a team");
        assertThatThrownBy(() -> new PlatformConvention(0, null, 0)).hasMessageContaining("maxLength must be positive");
        assertThatThrownBy(() -> new Promises(List.of(), Duration.ZERO)).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> new BannedPhrase("whatever", " ", null)).hasMessageContaining("needs a reason");
    }

    private static BrandProfile profile(List<BannedPhrase> banned) {
        return new BrandProfile(null, null, null, null, null, null, banned, null, null, null, null, null, null, null,
                null);
    }

    /** The repository contract in memory: append only, one version at a time. */
    private static final class VersionList implements ProfileRepository {
        private final List<ProfileVersion> versions = new ArrayList<>();

        @Override
        public Optional<ProfileVersion> latest(String brand) {
            return versions.stream().filter(v -> v.brand().equals(brand))
                    .max(Comparator.comparingInt(ProfileVersion::version));
        }

        @Override
        public Optional<ProfileVersion> version(String brand, int version) {
            return versions.stream().filter(v -> v.brand().equals(brand) && v.version() == version).findFirst();
        }

        @Override
        public List<ProfileVersion> history(String brand) {
            return versions.stream().filter(v -> v.brand().equals(brand))
                    .sorted(Comparator.comparingInt(ProfileVersion::version).reversed()).toList();
        }

        @Override
        public List<String> brands() {
            return versions.stream().map(ProfileVersion::brand).distinct().sorted().toList();
        }

        @Override
        public boolean append(ProfileVersion next) {
            if (latest(next.brand()).map(ProfileVersion::version).orElse(0) != next.version() - 1) {
                return false;
            }
            return versions.add(next);
        }
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
