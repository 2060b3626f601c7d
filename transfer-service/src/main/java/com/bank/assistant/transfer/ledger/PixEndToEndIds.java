package com.bank.assistant.transfer.ledger;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import com.bank.assistant.contracts.ids.TransferId;

/**
 * Transfer ids in the Pix endToEndId format: {@code E}, the bank's 8-digit ISPB, the UTC
 * time as {@code yyyyMMddHHmm} and 11 random alphanumerics.
 */
public final class PixEndToEndIds implements TransferIds {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMddHHmm")
		.withZone(ZoneOffset.UTC);

	private static final String ALPHANUMERICS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private static final int RANDOM_LENGTH = 11;

	private final String ispb;

	private final Clock clock;

	private final Random random;

	/** Ids for the bank with this ISPB, stamped with this clock's time. */
	public PixEndToEndIds(String ispb, Clock clock) {
		this(ispb, clock, new SecureRandom());
	}

	PixEndToEndIds(String ispb, Clock clock, Random random) {
		if (ispb == null || !ispb.matches("\\d{8}")) {
			throw new IllegalArgumentException("An ISPB has 8 digits, got " + ispb);
		}
		this.ispb = ispb;
		this.clock = clock;
		this.random = random;
	}

	@Override
	public TransferId next() {
		StringBuilder id = new StringBuilder("E").append(this.ispb).append(MINUTE.format(this.clock.instant()));
		for (int i = 0; i < RANDOM_LENGTH; i++) {
			id.append(ALPHANUMERICS.charAt(this.random.nextInt(ALPHANUMERICS.length())));
		}
		return new TransferId(id.toString());
	}

}
