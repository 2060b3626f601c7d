package com.bank.assistant.slots.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bank.assistant.contracts.event.SlotValue;

/**
 * The date of a scheduled transfer, resolved against the request's day in
 * America/Sao_Paulo: "hoje", "amanhã", "depois de amanhã", weekdays ("na sexta",
 * "sexta-feira", "on Friday": the next such day after today), "dia 20" and "the 20th"
 * (the next day 20 on or after today), "semana que vem" and "next week" (next Monday),
 * "20/03" and ISO dates. Matches the folded text (no accents) with explicit letter
 * boundaries: since Java 19 a plain {@code \\b} is ASCII-only.
 */
public final class DateExtractor implements SlotExtractor {

	private static final String WEEKDAY = "segunda|terca|quarta|quinta|sexta|sabado|domingo"
			+ "|monday|tuesday|wednesday|thursday|friday|saturday|sunday";

	private static final Pattern DATE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
			+ "(?<after>depois de amanha|day after tomorrow)|(?<tomorrow>amanha|tomorrow)|(?<today>hoje|today)"
			+ "|(?<week>(?:a |na )?semana que vem|(?:na )?proxima semana|next week)"
			+ "|(?<prefix>(?:(?:na|no|nesta|neste|nessa|nesse|esta|este|essa|esse|proxima|proximo|ate|on|next|this)\\s+)+)?"
			+ "(?<weekday>" + WEEKDAY + ")(?<feira>[\\s-]feira)?(?<comes>\\s+que vem)?"
			+ "|(?:no )?dia (?<day>\\d{1,2})(?!\\d|[.,]\\d|\\s*(?:reais|conto|pila|h\\b|horas))"
			+ "|(?:on )?the (?<nth>\\d{1,2})(?:st|nd|rd|th)"
			+ "|(?<dm>\\d{1,2})/(?<month>\\d{1,2})(?:/(?<year>\\d{4}|\\d{2}))?(?![\\d/])"
			+ "|(?<iso>\\d{4}-\\d{2}-\\d{2})(?!\\d))(?![\\p{L}\\p{N}])");

	@Override
	public void extract(Utterance utterance, Map<String, SlotValue> slots) {
		Matcher match = DATE.matcher(utterance.folded());
		while (match.find()) {
			if (utterance.claimed(match.start(), match.end())) {
				continue;
			}
			LocalDate date = resolve(match, utterance.today());
			if (date != null) {
				utterance.claim(match.start(), match.end());
				slots.putIfAbsent("date",
						new SlotValue(date.toString(), match.start(), match.end(), confidence(match)));
				return;
			}
		}
	}

	private static LocalDate resolve(Matcher match, LocalDate today) {
		if (match.group("after") != null) {
			return today.plusDays(2);
		}
		if (match.group("tomorrow") != null) {
			return today.plusDays(1);
		}
		if (match.group("today") != null) {
			return today;
		}
		if (match.group("week") != null) {
			return today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		}
		if (match.group("weekday") != null) {
			return weekday(match, today);
		}
		String day = (match.group("day") != null) ? match.group("day") : match.group("nth");
		if (day != null) {
			return nextDayOfMonth(Integer.parseInt(day), today);
		}
		if (match.group("dm") != null) {
			return dayAndMonth(match, today);
		}
		return iso(match.group("iso"));
	}

	private static LocalDate weekday(Matcher match, LocalDate today) {
		String name = match.group("weekday");
		boolean ordinalToo = name.equals("segunda") || name.equals("quarta") || name.equals("quinta");
		boolean saidAsDay = match.group("prefix") != null || match.group("feira") != null
				|| match.group("comes") != null;
		if (ordinalToo && !saidAsDay) {
			return null;
		}
		return today.with(TemporalAdjusters.next(dayOfWeek(name)));
	}

	private static DayOfWeek dayOfWeek(String name) {
		int index = WEEKDAY.indexOf(name);
		String[] names = WEEKDAY.substring(0, index + name.length()).split("\\|");
		return DayOfWeek.of((names.length - 1) % 7 + 1);
	}

	/** The first day {@code day} on or after today, skipping months too short for it. */
	static LocalDate nextDayOfMonth(int day, LocalDate today) {
		if (day < 1 || day > 31) {
			return null;
		}
		LocalDate month = today.withDayOfMonth(1);
		for (int i = 0; i < 12; i++, month = month.plusMonths(1)) {
			if (day <= month.lengthOfMonth() && !month.withDayOfMonth(day).isBefore(today)) {
				return month.withDayOfMonth(day);
			}
		}
		return null;
	}

	private static LocalDate dayAndMonth(Matcher match, LocalDate today) {
		int day = Integer.parseInt(match.group("dm"));
		int month = Integer.parseInt(match.group("month"));
		String year = match.group("year");
		if (month < 1 || month > 12 || day < 1 || day > 31) {
			return null;
		}
		try {
			if (year != null) {
				int full = (year.length() == 2) ? 2000 + Integer.parseInt(year) : Integer.parseInt(year);
				return LocalDate.of(full, month, day);
			}
			LocalDate date = LocalDate.of(today.getYear(), month, day);
			return date.isBefore(today) ? date.plusYears(1) : date;
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	private static LocalDate iso(String text) {
		try {
			return (text != null) ? LocalDate.parse(text) : null;
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	private static double confidence(Matcher match) {
		return (match.group("weekday") != null || match.group("week") != null) ? 0.9 : 0.97;
	}

}
