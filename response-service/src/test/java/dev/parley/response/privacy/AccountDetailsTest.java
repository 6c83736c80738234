package dev.parley.response.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountDetailsTest {

    @Test
    void findsTheDetailsThatBelongInPrivate() {
        assertThat(AccountDetails.in("Write to jane.doe@example.com")).containsExactly("e-mail address");
        assertThat(AccountDetails.in("Call +44 20 7946 0958 today")).containsExactly("phone number");
        assertThat(AccountDetails.in("Your booking reference QX7P2L is confirmed")).containsExactly("booking or order reference");
        assertThat(AccountDetails.in("card 4111111111111111")).contains("card or account number");
    }

    @Test
    void anOrdinaryReplyHasNone() {
        assertThat(AccountDetails.in("So sorry, Jane. Flight 221 is delayed by 2 hours; we are on it.")).isEmpty();
        assertThat(AccountDetails.in("Please send us a direct message so we can look at your booking.")).isEmpty();
    }
}
