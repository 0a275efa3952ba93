package uk.police.spo.units;

/**
 * A case's process work has moved to another unit ({@link UnitHandover}), published in the transaction of the move
 * for what keeps its own copy of a task's unit (tasks.WorkItems).
 * @param reference the case's reference, the business key of its process instances
 * @param unitCode the unit it moved to
 */
public record CaseWorkMoved(String reference, String unitCode) {
}
