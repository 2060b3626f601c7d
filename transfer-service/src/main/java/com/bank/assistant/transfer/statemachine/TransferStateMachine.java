package com.bank.assistant.transfer.statemachine;

import java.util.EnumSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

import com.bank.assistant.transfer.dialog.DialogEvent;
import com.bank.assistant.transfer.dialog.DialogState;
import com.bank.assistant.transfer.dialog.DialogSteps;
import com.bank.assistant.transfer.dialog.TurnContext;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateContext;
import org.springframework.statemachine.action.Action;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.configurers.StateConfigurer;
import org.springframework.statemachine.config.configurers.ExternalTransitionConfigurer;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.springframework.statemachine.guard.Guard;

import static com.bank.assistant.transfer.dialog.DialogEvent.AFFIRM;
import static com.bank.assistant.transfer.dialog.DialogEvent.ASK;
import static com.bank.assistant.transfer.dialog.DialogEvent.CANCEL;
import static com.bank.assistant.transfer.dialog.DialogEvent.DENY;
import static com.bank.assistant.transfer.dialog.DialogEvent.DESCRIBE;
import static com.bank.assistant.transfer.dialog.DialogEvent.EXECUTED;
import static com.bank.assistant.transfer.dialog.DialogEvent.INSUFFICIENT_FUNDS;
import static com.bank.assistant.transfer.dialog.DialogEvent.REFUSED;
import static com.bank.assistant.transfer.dialog.DialogEvent.TIMEOUT;
import static com.bank.assistant.transfer.dialog.DialogEvent.UNAVAILABLE;
import static com.bank.assistant.transfer.dialog.DialogState.AWAITING_CONFIRMATION;
import static com.bank.assistant.transfer.dialog.DialogState.CANCELLED;
import static com.bank.assistant.transfer.dialog.DialogState.COLLECTING;
import static com.bank.assistant.transfer.dialog.DialogState.COMPLETED;
import static com.bank.assistant.transfer.dialog.DialogState.EXECUTING;
import static com.bank.assistant.transfer.dialog.DialogState.EXPIRED;
import static com.bank.assistant.transfer.dialog.DialogState.FAILED;
import static com.bank.assistant.transfer.dialog.DialogState.IDLE;
import static com.bank.assistant.transfer.dialog.DialogState.STEP_UP;

/**
 * The transfer dialog's states and transitions. Where several transitions leave one state
 * on one event, their guards decide and the first that holds wins, in the order written
 * here. Money moves only on the way into {@code EXECUTING}, which is reached only by a
 * yes to a pending confirmation.
 */
final class TransferStateMachine {

	/** The extended-state key of the turn being handled. */
	static final String TURN = "turn";

	private static final EnumSet<DialogState> DESCRIBING = EnumSet.of(IDLE, COLLECTING, EXPIRED);

	private static final EnumSet<DialogState> PENDING = EnumSet.of(AWAITING_CONFIRMATION, STEP_UP);

	private static final EnumSet<DialogState> IN_PROGRESS = EnumSet.of(COLLECTING, AWAITING_CONFIRMATION, STEP_UP,
			EXPIRED);

	private final DialogSteps steps;

	TransferStateMachine(DialogSteps steps) {
		this.steps = steps;
	}

	/** A new, stopped machine of this dialog. */
	StateMachine<DialogState, DialogEvent> build() {
		try {
			StateMachineBuilder.Builder<DialogState, DialogEvent> builder = StateMachineBuilder.builder();
			builder.configureConfiguration().withConfiguration().autoStartup(false).machineId("transfer-dialog");
			StateConfigurer<DialogState, DialogEvent> states = builder.configureStates().withStates().initial(IDLE);
			states.states(EnumSet.allOf(DialogState.class));
			transitions(builder.configureTransitions());
			return builder.build();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The transfer dialog's machine is misconfigured", ex);
		}
	}

	private void transitions(StateMachineTransitionConfigurer<DialogState, DialogEvent> transitions) throws Exception {
		Predicate<TurnContext> ready = this.steps::ready;
		Predicate<TurnContext> unchanged = this.steps::unchanged;
		Predicate<TurnContext> stepUp = this.steps::needsStepUp;
		Predicate<TurnContext> passed = this.steps::stepUpPassed;
		Predicate<TurnContext> locked = this.steps::stepUpLocked;
		Predicate<TurnContext> turnedDown = this.steps::turnedDownUnchanged;
		for (DialogState from : DESCRIBING) {
			external(transitions, from, DESCRIBE, AWAITING_CONFIRMATION, ready.and(turnedDown.negate()),
					this.steps::requestConfirmation);
			external(transitions, from, DESCRIBE, COLLECTING, ready.negate(), this.steps::askForMissing);
		}
		internal(transitions, COLLECTING, DESCRIBE, ready.and(turnedDown), this.steps::askForTheChange);
		for (DialogState from : PENDING) {
			internal(transitions, from, DESCRIBE, ready.and(unchanged), this.steps::repeatConfirmation);
			external(transitions, from, DESCRIBE, AWAITING_CONFIRMATION, ready.and(unchanged.negate()),
					this.steps::requestConfirmation);
			external(transitions, from, DESCRIBE, COLLECTING, ready.negate(), this.steps::askForMissing);
			external(transitions, from, TIMEOUT, EXPIRED, null, null);
		}
		external(transitions, AWAITING_CONFIRMATION, AFFIRM, STEP_UP, stepUp, this.steps::askStepUp);
		external(transitions, AWAITING_CONFIRMATION, AFFIRM, EXECUTING, stepUp.negate(), this.steps::execute);
		external(transitions, STEP_UP, AFFIRM, EXECUTING, passed, this.steps::execute);
		external(transitions, STEP_UP, AFFIRM, CANCELLED, passed.negate().and(locked), this.steps::stepUpFailed);
		internal(transitions, STEP_UP, AFFIRM, passed.negate().and(locked.negate()), this.steps::remindStepUp);
		external(transitions, EXPIRED, AFFIRM, AWAITING_CONFIRMATION, null, this.steps::reconfirm);
		internal(transitions, IDLE, AFFIRM, null, this.steps::nothingToConfirm);
		internal(transitions, COLLECTING, AFFIRM, null, this.steps::nothingToConfirm);

		external(transitions, EXECUTING, EXECUTED, COMPLETED, null, this.steps::clear);
		external(transitions, EXECUTING, REFUSED, FAILED, null, this.steps::clear);
		external(transitions, EXECUTING, INSUFFICIENT_FUNDS, COLLECTING, null, this.steps::clear);
		external(transitions, EXECUTING, UNAVAILABLE, AWAITING_CONFIRMATION, null, this.steps::unavailable);

		for (DialogState from : IN_PROGRESS) {
			external(transitions, from, DENY, COLLECTING, null, this.steps::whatToChange);
			external(transitions, from, CANCEL, CANCELLED, null, this.steps::cancel);
		}
		internal(transitions, IDLE, DENY, null, this.steps::okWhatElse);
		internal(transitions, IDLE, CANCEL, null, this.steps::nothingToCancel);
		for (DialogState from : EnumSet.of(IDLE, COLLECTING, AWAITING_CONFIRMATION, STEP_UP, EXPIRED)) {
			internal(transitions, from, ASK, null, this.steps::answer);
		}
	}

	private static void external(StateMachineTransitionConfigurer<DialogState, DialogEvent> transitions,
			DialogState from, DialogEvent event, DialogState to, Predicate<TurnContext> guard,
			Consumer<TurnContext> action) throws Exception {
		ExternalTransitionConfigurer<DialogState, DialogEvent> transition = transitions.withExternal()
			.source(from)
			.target(to)
			.event(event);
		if (guard != null) {
			transition.guard(guard(guard));
		}
		if (action != null) {
			transition.action(action(action));
		}
	}

	private static void internal(StateMachineTransitionConfigurer<DialogState, DialogEvent> transitions, DialogState in,
			DialogEvent event, Predicate<TurnContext> guard, Consumer<TurnContext> action) throws Exception {
		var transition = transitions.withInternal().source(in).event(event).action(action(action));
		if (guard != null) {
			transition.guard(guard(guard));
		}
	}

	private static Guard<DialogState, DialogEvent> guard(Predicate<TurnContext> guard) {
		return (context) -> {
			TurnContext turn = turn(context);
			try {
				return guard.test(turn);
			}
			catch (RuntimeException ex) {
				turn.fail(ex);
				return false;
			}
		};
	}

	/**
	 * The action, with any exception kept for the driver to rethrow: the machine itself
	 * would only log it, and a turn that failed half-way must be retried whole.
	 */
	private static Action<DialogState, DialogEvent> action(Consumer<TurnContext> action) {
		return (context) -> {
			TurnContext turn = turn(context);
			try {
				action.accept(turn);
			}
			catch (RuntimeException ex) {
				turn.fail(ex);
			}
		};
	}

	private static TurnContext turn(StateContext<DialogState, DialogEvent> context) {
		return context.getExtendedState().get(TURN, TurnContext.class);
	}

}
