package dev.parley.response.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.events.CaseStatus;
import org.junit.jupiter.api.Test;

class CaseLifecycleTest {

    @Test
    void customersAndRepliesMoveCasesByThemselves() {
        assertThat(CaseLifecycle.afterCustomerPost(CaseStatus.PENDING_CUSTOMER)).isEqualTo(CaseStatus.OPEN);
        assertThat(CaseLifecycle.afterCustomerPost(CaseStatus.RESOLVED)).isEqualTo(CaseStatus.OPEN);
        assertThat(CaseLifecycle.afterCustomerPost(CaseStatus.ESCALATED)).isEqualTo(CaseStatus.ESCALATED);
        assertThat(CaseLifecycle.afterReply(CaseStatus.NEW)).isEqualTo(CaseStatus.PENDING_CUSTOMER);
        assertThat(CaseLifecycle.afterReply(CaseStatus.ESCALATED)).isEqualTo(CaseStatus.ESCALATED);
        assertThat(CaseLifecycle.afterFailedReply(CaseStatus.PENDING_CUSTOMER)).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void aCaseIsResolvedOnlyWhenNoFurtherResponseIsExpected() {
        assertThatThrownBy(() -> CaseLifecycle.checkByHand(CaseStatus.OPEN, CaseStatus.RESOLVED, false, false))
                .hasMessageContaining("the customer's message is the last one");
        CaseLifecycle.checkByHand(CaseStatus.OPEN, CaseStatus.RESOLVED, true, false);
        CaseLifecycle.checkByHand(CaseStatus.OPEN, CaseStatus.RESOLVED, false, true);
    }

    @Test
    void onlyAResolvedCaseCloses() {
        assertThatThrownBy(() -> CaseLifecycle.checkByHand(CaseStatus.OPEN, CaseStatus.CLOSED, true, true))
                .hasMessage("a case that is open cannot become closed; from open it can become "
                        + "[pending_customer, escalated, resolved]");
        assertThatThrownBy(() -> CaseLifecycle.checkByHand(CaseStatus.CLOSED, CaseStatus.OPEN, true, true))
                .hasMessageContaining("a case that is closed cannot become open");
        CaseLifecycle.checkByHand(CaseStatus.RESOLVED, CaseStatus.CLOSED, true, false);
    }
}
