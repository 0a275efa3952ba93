package uk.police.spo.tasks;

/**
 * One refused field of a task submission, in the 400's {@code fields}: the field's variable name ({@code key}), the
 * deployed form's id of its component ({@code id}, from which form-js builds the field's element id), the label the
 * officer sees and what to put right. All of it is in the deployed form Tasklist has already fetched; no value is.
 */
record FieldRefusal(String key, String id, String label, String message) {
}
