package com.storeboard;

import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        // The embedded H2 database lets a second local process in (AUTO_SERVER); never from another machine.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        Optional<Integer> command = Commands.run(args, System.out, System.err);
        if (command.isPresent()) {
            System.exit(command.get());
        }
        SpringApplication.run(Application.class, args);
    }
}
