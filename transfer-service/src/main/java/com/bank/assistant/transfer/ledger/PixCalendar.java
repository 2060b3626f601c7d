package com.bank.assistant.transfer.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Days and nights as the Pix rules count them, in the customers' time zone: the night
 * period runs from 20:00 to 06:00.
 *
 * @param zone the time zone (America/Sao_Paulo)
 */
public record PixCalendar(ZoneId zone) {

	private static final LocalTime NIGHT_STARTS = LocalTime.of(20, 0);

	private static final LocalTime NIGHT_ENDS = LocalTime.of(6, 0);

	/** Brazil's calendar. */
	public static final PixCalendar BRAZIL = new PixCalendar(ZoneId.of("America/Sao_Paulo"));

	/** Whether this instant is in the night period. */
	public boolean night(Instant at) {
		LocalTime time = at.atZone(this.zone).toLocalTime();
		return !time.isBefore(NIGHT_STARTS) || time.isBefore(NIGHT_ENDS);
	}

	/** When the night period that contains this instant began. */
	public Instant nightStart(Instant at) {
		ZonedDateTime local = at.atZone(this.zone);
		LocalDate day = local.toLocalTime().isBefore(NIGHT_ENDS) ? local.toLocalDate().minusDays(1)
				: local.toLocalDate();
		return day.atTime(NIGHT_STARTS).atZone(this.zone).toInstant();
	}

	/** When the day that contains this instant began. */
	public Instant dayStart(Instant at) {
		return today(at).atStartOfDay(this.zone).toInstant();
	}

	/** The date at this instant. */
	public LocalDate today(Instant at) {
		return LocalDate.ofInstant(at, this.zone);
	}

}
