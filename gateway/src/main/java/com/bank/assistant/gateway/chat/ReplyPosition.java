package com.bank.assistant.gateway.chat;

/**
 * Where a reply sits in its conversation's reply log, ordered by time then sequence; it
 * is the reply's event id on the event stream, the id a reconnecting client resumes
 * after.
 *
 * @param millis the time the log took the reply, in milliseconds
 * @param sequence the order among replies taken in the same millisecond
 */
public record ReplyPosition(long millis, long sequence) implements Comparable<ReplyPosition> {

	/** Before every reply: resuming after it replays all the log keeps. */
	public static final ReplyPosition START = new ReplyPosition(0, 0);

	/** Rejects a negative position. */
	public ReplyPosition {
		if (millis < 0 || sequence < 0) {
			throw new IllegalArgumentException("A reply position is not negative");
		}
	}

	/**
	 * The position written as {@code millis-sequence} (or {@code millis}), or an
	 * {@link IllegalArgumentException}.
	 */
	public static ReplyPosition parse(String text) {
		String[] parts = text.trim().split("-", -1);
		try {
			if (parts.length == 1) {
				return new ReplyPosition(Long.parseLong(parts[0]), 0);
			}
			if (parts.length == 2) {
				return new ReplyPosition(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
			}
		}
		catch (NumberFormatException ex) {
			// Falls through to the clear message below.
		}
		throw new IllegalArgumentException(
				"'" + text + "' is not a reply event id such as 1764230400000-0 (or 0 for the first reply)");
	}

	/** Whether this position comes after the other. */
	public boolean isAfter(ReplyPosition other) {
		return compareTo(other) > 0;
	}

	@Override
	public int compareTo(ReplyPosition other) {
		int byTime = Long.compare(this.millis, other.millis);
		return (byTime != 0) ? byTime : Long.compare(this.sequence, other.sequence);
	}

	/** As written on the event stream: {@code millis-sequence}. */
	public String value() {
		return this.millis + "-" + this.sequence;
	}

}
