package io.claimgate.x12;

/** The ISA of an interchange with its delimiters, and the fields acknowledgments echo or swap. */
public record InterchangeHeader(Segment isa, Delimiters delimiters) {

    public String senderQualifier() {
        return isa.element(5);
    }

    public String senderId() {
        return isa.element(6).trim();
    }

    public String receiverQualifier() {
        return isa.element(7);
    }

    public String receiverId() {
        return isa.element(8).trim();
    }

    public String date() {
        return isa.element(9);
    }

    public String time() {
        return isa.element(10);
    }

    public String controlNumber() {
        return isa.element(13);
    }

    public String usage() {
        return isa.element(15);
    }
}
