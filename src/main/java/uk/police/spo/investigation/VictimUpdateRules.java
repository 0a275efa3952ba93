package uk.police.spo.investigation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.tasks.TaskRule;

/** The same rule for both of the investigation's victim updates. */
@Configuration(proxyBeanMethods = false)
class VictimUpdateRules {

	@Bean
	TaskRule victimOfArrestUpdateMethod(CaseRecords cases) {
		return new VictimUpdateMethodRule("Task_UpdateVictimOfArrest", cases::agreedSafeContact);
	}

	@Bean
	TaskRule victimOfDecisionUpdateMethod(CaseRecords cases) {
		return new VictimUpdateMethodRule("Task_UpdateVictimOfDecision", cases::agreedSafeContact);
	}

}
