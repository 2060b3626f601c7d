package com.bank.assistant.slots;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Extracts slot values from every message whose intent was detected. */
@SpringBootApplication
public class SlotFillingServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(SlotFillingServiceApplication.class, args);
	}

}
