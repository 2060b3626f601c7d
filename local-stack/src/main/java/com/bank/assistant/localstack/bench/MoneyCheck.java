package com.bank.assistant.localstack.bench;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether the run's transfers moved money right, read from their receipts alone: per
 * customer every receipt is for {@link TransferScript#AMOUNT}, no two receipts show the
 * same balance after, and the balances after span exactly (transfers - 1) x the amount. A
 * transfer executed twice, one lost, or any other debit in between breaks the span.
 *
 * @param customers the figures per customer who made transfers
 */
public record MoneyCheck(List<CustomerMoney> customers) {

	/** Checks the receipts each customer got. */
	public static MoneyCheck of(Map<String, List<Reply.Receipt>> receipts) {
		return new MoneyCheck(new TreeMap<>(receipts).entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().isEmpty())
			.map((entry) -> CustomerMoney.of(entry.getKey(), entry.getValue()))
			.toList());
	}

	/** Whether every customer's receipts add up; true when no money moved. */
	public boolean ok() {
		return this.customers.stream().allMatch(CustomerMoney::ok);
	}

	/** Transfers executed in the run. */
	public long transfers() {
		return this.customers.stream().mapToLong(CustomerMoney::transfers).sum();
	}

	/**
	 * One customer's transfers.
	 *
	 * @param customer who
	 * @param transfers receipts received
	 * @param moved their amounts added up
	 * @param distinctBalances distinct balances after
	 * @param highestBalanceAfter the balance after the first transfer of the run
	 * @param lowestBalanceAfter the balance after the last one
	 * @param ok whether the receipts add up
	 */
	public record CustomerMoney(String customer, long transfers, BigDecimal moved, long distinctBalances,
			BigDecimal highestBalanceAfter, BigDecimal lowestBalanceAfter, boolean ok) {

		static CustomerMoney of(String customer, Collection<Reply.Receipt> receipts) {
			long n = receipts.size();
			BigDecimal moved = receipts.stream()
				.map((receipt) -> (receipt.amount() != null) ? receipt.amount() : BigDecimal.ZERO)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			List<BigDecimal> balances = receipts.stream()
				.map(Reply.Receipt::balanceAfter)
				.filter((balance) -> balance != null)
				.map(BigDecimal::stripTrailingZeros)
				.distinct()
				.sorted()
				.toList();
			BigDecimal lowest = balances.isEmpty() ? null : balances.get(0);
			BigDecimal highest = balances.isEmpty() ? null : balances.get(balances.size() - 1);
			boolean allOneAmount = receipts.stream()
				.allMatch((receipt) -> receipt.amount() != null
						&& receipt.amount().compareTo(TransferScript.AMOUNT) == 0);
			boolean spans = highest != null && highest.subtract(lowest)
				.compareTo(TransferScript.AMOUNT.multiply(BigDecimal.valueOf(n - 1))) == 0;
			return new CustomerMoney(customer, n, moved, balances.size(), highest, lowest,
					allOneAmount && balances.size() == n && spans);
		}

	}

}
