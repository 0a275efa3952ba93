package uk.police.spo.investigation;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * When the victim must be told of a key event under the Victims' Code, as
 * {@code camunda:dueDate="${victimUpdateDeadline.due(victimEnhancedRights)}"}: a number of working days (Monday to
 * Friday; bank holidays are not counted out) after now, on the engine's clock so process tests can move time.
 */
@Component
@EnableConfigurationProperties(InvestigationProperties.class)
public class VictimUpdateDeadline {

	private static final ZoneId FORCE_TIME = ZoneId.of("Europe/London");

	private final InvestigationProperties.VictimUpdate days;

	VictimUpdateDeadline(InvestigationProperties properties) {
		this.days = properties.victimUpdate();
	}

	/** Persistently targeted or intimidated victims: those of a high-risk case and every stalking victim. */
	static boolean enhancedRights(Object riskLevel, Object classification) {
		return "HIGH".equals(riskLevel) || "STALKING_8Q".equals(classification);
	}

	public Date due(boolean enhancedRights) {
		int remaining = enhancedRights ? days.enhancedWorkingDays() : days.workingDays();
		ZonedDateTime due = ClockUtil.getCurrentTime().toInstant().atZone(FORCE_TIME);
		while (remaining > 0) {
			due = due.plusDays(1);
			if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
				remaining--;
			}
		}
		return Date.from(due.toInstant());
	}

}
