package uk.police.spo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class SpoCaseApplication {

	public static void main(String[] args) {
		SpringApplication.run(SpoCaseApplication.class, args);
	}

}
