package com.storeboard;

import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        Optional<Integer> command = Commands.run(args, System.out, System.err);
        if (command.isPresent()) {
            System.exit(command.get());
        }
        SpringApplication.run(Application.class, args);
    }
}
