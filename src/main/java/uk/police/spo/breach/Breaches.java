package uk.police.spo.breach;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Breaches extends JpaRepository<Breach, UUID> {

}
