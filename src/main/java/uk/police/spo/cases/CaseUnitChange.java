package uk.police.spo.cases;

import java.time.Clock;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.units.UnitHandover;
import uk.police.spo.units.UnitProperties;
import uk.police.spo.units.Units;

/**
 * A supervisor moves a case to another unit: the case is assigned to it, its process work is handed over, and the
 * timeline says who moved it from where to where.
 */
@Service
class CaseUnitChange {

	private final Units units;

	private final UnitHandover handover;

	private final Clock clock;

	CaseUnitChange(Units units, UnitHandover handover, Clock clock) {
		this.units = units;
		this.handover = handover;
		this.clock = clock;
	}

	@Transactional
	void move(CaseFile caseFile, String toUnit) {
		UnitProperties.Unit from = units.unit(caseFile.unitCode());
		UnitProperties.Unit to = units.unit(toUnit);
		caseFile.assignTo(to.code());
		handover.handOver(caseFile.reference(), from, to);
		String by = SecurityContextHolder.getContext().getAuthentication().getName();
		caseFile.record(new TimelineEntry(clock.instant(), "UNIT_CHANGED",
				"Moved from " + from.name() + " to " + to.name(), by));
	}

}
