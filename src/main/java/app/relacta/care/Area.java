package app.relacta.care;

/**
 * The part of a client's data a consultant opened, as the parent's access record names
 * it.
 */
public enum Area {

	TODAY, JOURNAL, PROGRESS, PLAN, BABY

}
