package uk.police.spo.investigation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.tasks.TaskRule;

/**
 * The same rule for every Victims' Code update: the investigation's (arrest, bail, decision) and the case's closure
 * update ({@code stalkingCase}'s {@code Task_InformVictimOfClosure}).
 */
@Configuration(proxyBeanMethods = false)
class VictimUpdateRules {

	@Bean
	TaskRule victimOfArrestUpdateMethod(CaseRecords cases) {
		return new VictimUpdateMethodRule("Task_UpdateVictimOfArrest", cases::agreedSafeContact);
	}

	@Bean
	TaskRule victimOfBailUpdateMethod(CaseRecords cases) {
		return new VictimUpdateMethodRule("Task_UpdateVictimOfBail", cases::agreedSafeContact);
	}

	@Bean
	TaskRule victimOfClosureUpdateMethod(CaseRecords cases) {
		return new VictimUpdateMethodRule("Task_InformVictimOfClosure", cases::agreedSafeContact);
	}

	@Bean
	TaskRule victimOfDecisionUpdateMethod(CaseRecords cases) {
		return new VictimUpdateMethodRule("Task_UpdateVictimOfDecision", cases::agreedSafeContact);
	}

}
