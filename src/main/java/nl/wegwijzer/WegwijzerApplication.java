package nl.wegwijzer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class WegwijzerApplication {
    public static void main(String[] args) {
        SpringApplication.run(WegwijzerApplication.class, args);
    }
}
