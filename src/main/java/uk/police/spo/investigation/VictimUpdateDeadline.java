package uk.police.spo.investigation;

import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import uk.police.spo.system.RiskLevel;
import uk.police.spo.system.UkDates;
import uk.police.spo.system.WorkingDays;

/**
 * When the victim must be told of a key event under the Victims' Code, as
 * {@code camunda:dueDate="${victimUpdateDeadline.due(victimEnhancedRights)}"}: a number of working days (Monday to
 * Friday, less bank holidays: {@link WorkingDays}) after now, on the engine's clock so process tests can move time.
 */
@Component
@EnableConfigurationProperties(InvestigationProperties.class)
public class VictimUpdateDeadline {

	private final InvestigationProperties.VictimUpdate days;

	private final WorkingDays workingDays;

	VictimUpdateDeadline(InvestigationProperties properties, WorkingDays workingDays) {
		this.days = properties.victimUpdate();
		this.workingDays = workingDays;
	}

	/** Persistently targeted or intimidated victims: those of a high-risk case and every stalking victim. */
	static boolean enhancedRights(RiskLevel riskLevel, String classification) {
		return riskLevel == RiskLevel.HIGH || "STALKING_8Q".equals(classification);
	}

	public Date due(boolean enhancedRights) {
		int count = enhancedRights ? days.enhancedWorkingDays() : days.workingDays();
		return Date.from(workingDays.after(ClockUtil.getCurrentTime().toInstant().atZone(UkDates.ZONE), count).toInstant());
	}

}
