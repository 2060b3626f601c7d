/**
 * {@code bin/nlu}: the command line of the NLU contract, on the same model and extractors
 * the services run. The only package of the module that writes to the terminal.
 */
package com.bank.assistant.nlu.cli;
