package uk.police.spo.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import uk.police.spo.support.MySqlCompatibleTest;

/** Instances of definitions deployed before the one escalation still find a delegate when their timers fire. */
class LegacyEscalationNamesTests extends MySqlCompatibleTest {

	@Autowired
	ApplicationContext context;

	@Test
	void theOldDelegateNamesAreTheOneEscalation() {
		for (String legacy : LegacyEscalationNames.NAMES) {
			assertThat(context.getBean(legacy)).as(legacy).isSameAs(context.getBean(EscalateOverdueTaskDelegate.class));
		}
	}

}
