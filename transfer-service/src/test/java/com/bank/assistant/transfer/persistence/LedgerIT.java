package com.bank.assistant.transfer.persistence;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.event.SlotsUpdated;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.messaging.EventSource;
import com.bank.assistant.transfer.IntegrationTest;
import com.bank.assistant.transfer.ledger.Ledger;
import com.bank.assistant.transfer.ledger.PixCalendar;
import com.bank.assistant.transfer.ledger.RefusalReason;
import com.bank.assistant.transfer.ledger.ScheduledTransfer;
import com.bank.assistant.transfer.ledger.TransferIds;
import com.bank.assistant.transfer.ledger.TransferOrder;
import com.bank.assistant.transfer.ledger.TransferOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LedgerIT extends IntegrationTest {

	private static final Recipient CARLA = new Recipient("Carla Dias", "carla.dias@example.com");

	private final ExecutorService threads = Executors.newFixedThreadPool(8);

	@Autowired
	private Ledger ledger;

	@Autowired
	private TransferIds ids;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Clock clock;

	private CustomerId customer;

	@BeforeEach
	void openAccountWithOneHundredReais() {
		this.customer = new CustomerId("ledger-it-" + UUID.randomUUID());
		this.jdbc.sql("INSERT INTO customers (id, name) VALUES (?, 'Ledger IT')").param(this.customer.value()).update();
		this.jdbc.sql(
				"INSERT INTO accounts (id, customer_id, kind, currency, balance) VALUES (?, ?, 'CUSTOMER', 'BRL', 100.00)")
			.params(this.customer.value() + "-BRL", this.customer.value())
			.update();
	}

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void repeatingATransferMovesMoneyOnceAndReturnsTheSameReceipt() {
		TransferOrder order = order("20.00");
		TransferOutcome first = execute(order);
		TransferOutcome again = execute(order);
		assertThat(first).isInstanceOf(TransferOutcome.Executed.class);
		assertThat(again).isEqualTo(new TransferOutcome.Executed(((TransferOutcome.Executed) first).receipt(), true));
		assertThat(((TransferOutcome.Executed) first).receipt().balanceAfter()).isEqualTo(Money.brl("80.00"));
		assertThat(this.ledger.balanceOf(this.customer)).contains(Money.brl("80.00"));
		assertThat(postingsOf(order)).containsExactlyInAnyOrder(new BigDecimal("-20.00"), new BigDecimal("20.00"));
	}

	@Test
	void concurrentExecutionsOfOneTransferMoveMoneyOnce() throws Exception {
		TransferOrder order = order("20.00");
		List<TransferOutcome> outcomes = concurrently(IntStream.range(0, 8).mapToObj((i) -> order).toList());
		assertThat(outcomes).hasSize(8).filteredOn((outcome) -> !outcome.replayed()).hasSize(1);
		assertThat(outcomes).extracting((outcome) -> ((TransferOutcome.Executed) outcome).receipt())
			.containsOnly(((TransferOutcome.Executed) outcomes.get(0)).receipt());
		assertThat(announcementsOf(order)).isEqualTo(1);
		assertThat(this.ledger.balanceOf(this.customer)).contains(Money.brl("80.00"));
		assertThat(postingsOf(order)).hasSize(2);
	}

	@Test
	void concurrentTransfersNeverOverdrawTheAccount() throws Exception {
		List<TransferOutcome> outcomes = concurrently(IntStream.range(0, 10).mapToObj((i) -> order("30.00")).toList());
		assertThat(outcomes).filteredOn(TransferOutcome.Executed.class::isInstance).hasSize(3);
		assertThat(outcomes).filteredOn(TransferOutcome.Refused.class::isInstance)
			.hasSize(7)
			.allMatch((outcome) -> ((TransferOutcome.Refused) outcome).reason() == RefusalReason.INSUFFICIENT_FUNDS);
		assertThat(this.ledger.balanceOf(this.customer)).contains(Money.brl("10.00"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM transfers WHERE customer_id = ?")
			.param(this.customer.value())
			.query(Long.class)
			.single()).isEqualTo(10);
	}

	@Test
	void aRefusedTransferIsRecordedAndMovesNothing() {
		TransferOrder order = order("100.01");
		assertThat(execute(order))
			.isEqualTo(new TransferOutcome.Refused(RefusalReason.INSUFFICIENT_FUNDS, Money.brl("100.00"), null, false));
		assertThat(execute(order))
			.isEqualTo(new TransferOutcome.Refused(RefusalReason.INSUFFICIENT_FUNDS, Money.brl("100.00"), null, true));
		assertThat(postingsOf(order)).isEmpty();
		assertThat(this.ledger.balanceOf(this.customer)).contains(Money.brl("100.00"));
	}

	@Test
	void everyTransfersPostingsSumToZeroAndTheStatementShowsTheDebit() {
		execute(order("12.34"));
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM (SELECT transfer_id FROM postings GROUP BY transfer_id "
					+ "HAVING sum(amount) <> 0 OR count(*) <> 2) unbalanced")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.ledger.recentPostings(this.customer, 5)).singleElement()
			.satisfies((posting) -> assertThat(posting.amount()).isEqualTo(Money.brl("-12.34")))
			.satisfies((posting) -> assertThat(posting.counterparty()).isEqualTo("Carla Dias"));
	}

	@Test
	void theDatabaseRefusesANegativeCustomerBalance() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.sql("UPDATE accounts SET balance = -0.01 WHERE customer_id = ?")
				.param(this.customer.value())
				.update());
	}

	@Test
	void demoCustomersAreLoaded() {
		assertThat(this.ledger.balanceOf(new CustomerId("bob"))).contains(Money.brl("500.00"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM customers WHERE id IN ('demo', 'bob') AND pin_hash IS NOT NULL")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aScheduledTransferWaitsForItsDateThenMovesTheMoney() {
		TransferOrder order = new TransferOrder(this.ids.next(), this.customer, Money.brl("30.00"), CARLA,
				LocalDate.now(this.clock.withZone(PixCalendar.BRAZIL.zone())).plusDays(3), cause());
		TransferOutcome scheduled = execute(order);
		assertThat(scheduled).isInstanceOf(TransferOutcome.Scheduled.class);
		assertThat(this.ledger.balanceOf(this.customer)).contains(Money.brl("100.00"));
		assertThat(this.ledger.due(order.executeOn().minusDays(1), 100)).extracting(ScheduledTransfer::transferId)
			.doesNotContain(order.transferId());

		ScheduledTransfer due = this.ledger.due(order.executeOn(), 1000)
			.stream()
			.filter((transfer) -> transfer.transferId().equals(order.transferId()))
			.findFirst()
			.orElseThrow();
		assertThat(this.ledger.executeScheduled(due, (outcome) -> List.of())).get()
			.isInstanceOf(TransferOutcome.Executed.class);
		assertThat(this.ledger.executeScheduled(due, (outcome) -> List.of())).as("run by another instance first")
			.isEmpty();
		assertThat(this.ledger.balanceOf(this.customer)).contains(Money.brl("70.00"));
	}

	@Test
	void theDailyLimitCountsEveryTransferOfTheDay() {
		this.jdbc.sql("UPDATE accounts SET balance = 10000 WHERE customer_id = ?")
			.param(this.customer.value())
			.update();
		assertThat(execute(order("4000.00"))).isInstanceOf(TransferOutcome.Executed.class);
		assertThat(execute(order("1000.01"))).isEqualTo(new TransferOutcome.Refused(RefusalReason.DAILY_LIMIT,
				Money.brl("6000.00"), Money.brl("5000.00"), false));
		assertThat(execute(order("1000.00"))).isInstanceOf(TransferOutcome.Executed.class);
	}

	private TransferOutcome execute(TransferOrder order) {
		return this.ledger.execute(order, (outcome) -> List
			.of(new AssistantReplied("announced", "pt-BR", "affirm", "COMPLETED", List.of(), null)));
	}

	private long announcementsOf(TransferOrder order) {
		return this.jdbc.sql("SELECT count(*) FROM outbox WHERE envelope LIKE ?")
			.param("%" + order.cause().id() + "%")
			.query(Long.class)
			.single();
	}

	private TransferOrder order(String amount) {
		return new TransferOrder(this.ids.next(), this.customer, Money.brl(amount), CARLA, null, cause());
	}

	private Envelope cause() {
		SlotsUpdated data = new SlotsUpdated("sim", "pt-BR", "affirm", 0.9, List.of(), Map.of(), Map.of(), List.of(),
				List.of(), Map.of(), List.of(), Map.of(), false, List.of(), null);
		return new EventSource("slot-filling-service", this.clock).first(new ConversationId("ledger-it"), this.customer,
				Instant.now().plusSeconds(5), data);
	}

	private List<BigDecimal> postingsOf(TransferOrder order) {
		return this.jdbc.sql("SELECT amount FROM postings WHERE transfer_id = ?")
			.param(order.transferId().value())
			.query(BigDecimal.class)
			.list();
	}

	private List<TransferOutcome> concurrently(List<TransferOrder> orders) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<TransferOutcome>> calls = orders.stream().map((order) -> (Callable<TransferOutcome>) () -> {
			start.await();
			return execute(order);
		}).toList();
		List<Future<TransferOutcome>> futures = calls.stream().map(this.threads::submit).toList();
		start.countDown();
		return futures.stream().map(LedgerIT::get).toList();
	}

	private static TransferOutcome get(Future<TransferOutcome> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
