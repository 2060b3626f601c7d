package com.bank.assistant.gateway.chat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.bank.assistant.contracts.ids.ConversationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Where replies arrive in this gateway instance: each is appended to the reply log first,
 * then handed live, with its log position, to whoever waits in this instance (a request
 * or an event stream). A reconnecting stream reads the log, then goes on live.
 */
public class ReplyDesk {

	private static final Logger log = LoggerFactory.getLogger(ReplyDesk.class);

	private static final Duration LOG_TIMEOUT = Duration.ofSeconds(2);

	private static final Sinks.EmitFailureHandler RETRY_WHILE_BUSY = Sinks.EmitFailureHandler
		.busyLooping(Duration.ofMillis(100));

	private final Sinks.Many<Reply> replies = Sinks.many().multicast().directBestEffort();

	private final ReplyLog replyLog;

	private final TypingSignals typing;

	/**
	 * A desk that logs every reply to this log and passes typing signals between
	 * instances.
	 */
	public ReplyDesk(ReplyLog replyLog, TypingSignals typing) {
		this.replyLog = replyLog;
		this.typing = typing;
	}

	/**
	 * A reply has arrived: log it, then hand it to the waiting. Logging first means a
	 * stream that reads the log never misses a reply handed out live meanwhile. Blocks
	 * the calling (consumer) thread for the log, so replies keep their order; if the log
	 * fails the reply still goes out live, without a position.
	 */
	public void deliver(Reply reply) {
		Reply logged = this.replyLog.append(reply)
			.timeout(LOG_TIMEOUT)
			.map(reply::at)
			.doOnError((ex) -> log.warn("Reply {} not logged: {}", reply.eventId(), ex.getMessage()))
			.onErrorComplete()
			.defaultIfEmpty(reply)
			.block();
		this.replies.emitNext(logged, RETRY_WHILE_BUSY);
	}

	/**
	 * A message was accepted in this instance and its reply is on its way: every instance
	 * is told, for the streams open there.
	 */
	public void typing(Typing signal) {
		this.typing.publish(signal);
	}

	/** The replies of this conversation from now on, live; nothing is replayed. */
	public Flux<Reply> live(ConversationId conversation) {
		return this.replies.asFlux().filter((reply) -> reply.conversation().equals(conversation));
	}

	/**
	 * The replies of this conversation after this position: those in the log, then live
	 * ones, each once. Live replies are held from before the log is read, and any of them
	 * the log already gave is dropped by its position.
	 */
	public Flux<Reply> after(ConversationId conversation, ReplyPosition position) {
		return Flux.defer(() -> {
			Sinks.Many<Reply> held = Sinks.many().unicast().onBackpressureBuffer();
			Disposable holding = live(conversation).subscribe(held::tryEmitNext);
			AtomicReference<ReplyPosition> last = new AtomicReference<>(position);
			return Flux.concat(this.replyLog.after(conversation, position), held.asFlux())
				.filter((reply) -> isNew(reply, last))
				.doFinally((signal) -> holding.dispose());
		});
	}

	/**
	 * The typing signals of this conversation, whichever instance accepted its messages,
	 * live.
	 */
	public Flux<Typing> typing(ConversationId conversation) {
		return this.typing.signals().filter((signal) -> signal.conversation().equals(conversation));
	}

	private static boolean isNew(Reply reply, AtomicReference<ReplyPosition> last) {
		if (reply.position() == null) {
			return true;
		}
		if (!reply.position().isAfter(last.get())) {
			return false;
		}
		last.set(reply.position());
		return true;
	}

}
