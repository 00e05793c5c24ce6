package com.storeboard.importing;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Parsed lines parked on disk between the reading pass and the writing pass, so that an import of a million
 * lines needs little heap: lines are written once in file order, then read back partition by partition
 * through memory-mapped segments (off-heap).
 */
final class LineSpill implements AutoCloseable {

    private static final long SEGMENT_LIMIT = 1L << 30;

    private final Path directory;
    private final List<Path> segments = new ArrayList<>();
    private final List<MappedByteBuffer> mapped = new ArrayList<>();
    private DataOutputStream out;
    private long segmentSize;

    LineSpill(Path directory) {
        this.directory = directory;
    }

    /** Appends a line; returns its address (segment in the high 32 bits, offset in the low 32 bits). */
    long write(LineDraft d) {
        try {
            if (out == null || segmentSize > SEGMENT_LIMIT) {
                openSegment();
            }
            long address = ((long) (segments.size() - 1) << 32) | segmentSize;
            DataOutputStream o = out;
            int before = o.size();
            o.writeInt(d.fileIndex);
            o.writeInt(d.row);
            string(o, d.orderId);
            string(o, d.orderNumber);
            o.writeLong(d.orderTime.toLocalDate().toEpochDay());
            o.writeInt(d.orderTime.toLocalTime().toSecondOfDay());
            string(o, d.storeName);
            string(o, d.storeId);
            string(o, d.city);
            string(o, d.channel);
            string(o, d.deliveryPlatform);
            string(o, d.address);
            decimal(o, d.distance);
            string(o, d.productName);
            string(o, d.storeCode);
            string(o, d.barcode);
            string(o, d.categoryL1);
            string(o, d.categoryL3);
            o.writeInt(d.quantity);
            for (BigDecimal value : new BigDecimal[] {d.salePrice, d.originalPrice, d.receivedPrice, d.lineCost, d.grossProfit,
                d.platformServiceFee, d.corporateRebate, d.expectedIncome, d.stock, d.deliveryFee, d.userPaidDeliveryFee,
                d.deliveryFeeDiscount, d.commission, d.fullReductionDiscount, d.productDiscount, d.newCustomerDiscount,
                d.merchantVoucher, d.merchantCouponShare, d.giftValue, d.otherMerchantDiscount, d.packagingFee}) {
                decimal(o, value);
            }
            string(o, d.productKey);
            o.writeInt(d.lineOrdinal);
            o.writeBoolean(d.costKnown);
            segmentSize += o.size() - before;
            return address;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not park parsed lines in " + directory, e);
        }
    }

    /** Ends writing; lines can be read from now on. */
    void finishWriting() {
        try {
            if (out != null) {
                out.close();
                out = null;
            }
            for (Path segment : segments) {
                try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.READ)) {
                    mapped.add(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LineDraft read(long address) {
        ByteBuffer b = mapped.get((int) (address >>> 32)).duplicate();
        b.position((int) (address & 0xFFFFFFFFL));
        LineDraft d = new LineDraft();
        d.fileIndex = b.getInt();
        d.row = b.getInt();
        d.orderId = string(b);
        d.orderNumber = string(b);
        LocalDate date = LocalDate.ofEpochDay(b.getLong());
        d.orderTime = LocalDateTime.of(date, LocalTime.ofSecondOfDay(b.getInt()));
        d.storeName = string(b);
        d.storeId = string(b);
        d.city = string(b);
        d.channel = string(b);
        d.deliveryPlatform = string(b);
        d.address = string(b);
        d.distance = decimal(b);
        d.productName = string(b);
        d.storeCode = string(b);
        d.barcode = string(b);
        d.categoryL1 = string(b);
        d.categoryL3 = string(b);
        d.quantity = b.getInt();
        d.salePrice = decimal(b);
        d.originalPrice = decimal(b);
        d.receivedPrice = decimal(b);
        d.lineCost = decimal(b);
        d.grossProfit = decimal(b);
        d.platformServiceFee = decimal(b);
        d.corporateRebate = decimal(b);
        d.expectedIncome = decimal(b);
        d.stock = decimal(b);
        d.deliveryFee = decimal(b);
        d.userPaidDeliveryFee = decimal(b);
        d.deliveryFeeDiscount = decimal(b);
        d.commission = decimal(b);
        d.fullReductionDiscount = decimal(b);
        d.productDiscount = decimal(b);
        d.newCustomerDiscount = decimal(b);
        d.merchantVoucher = decimal(b);
        d.merchantCouponShare = decimal(b);
        d.giftValue = decimal(b);
        d.otherMerchantDiscount = decimal(b);
        d.packagingFee = decimal(b);
        d.productKey = string(b);
        d.lineOrdinal = b.getInt();
        d.costKnown = b.get() != 0;
        return d;
    }

    private void openSegment() throws IOException {
        if (out != null) {
            out.close();
        }
        Files.createDirectories(directory);
        Path segment = Files.createTempFile(directory, "import-", ".spill");
        segments.add(segment);
        OutputStream file = Files.newOutputStream(segment);
        out = new DataOutputStream(new BufferedOutputStream(file, 1 << 16));
        segmentSize = 0;
    }

    private static void string(DataOutputStream o, String s) throws IOException {
        if (s == null) {
            o.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        o.writeInt(bytes.length);
        o.write(bytes);
    }

    private static String string(ByteBuffer b) {
        int length = b.getInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        b.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void decimal(DataOutputStream o, BigDecimal d) throws IOException {
        if (d == null) {
            o.writeByte(Byte.MIN_VALUE);
            return;
        }
        BigDecimal value = d.scale() < 0 ? d.setScale(0) : d;
        o.writeByte(value.scale());
        if (value.precision() < 18) {
            o.writeByte(0); // the unscaled value fits a long: the usual case, and cheap
            o.writeLong(value.unscaledValue().longValue());
            return;
        }
        byte[] unscaled = value.unscaledValue().toByteArray();
        o.writeByte(unscaled.length);
        o.write(unscaled);
    }

    private static BigDecimal decimal(ByteBuffer b) {
        byte scale = b.get();
        if (scale == Byte.MIN_VALUE) {
            return null;
        }
        int length = b.get();
        if (length == 0) {
            return BigDecimal.valueOf(b.getLong(), scale);
        }
        byte[] unscaled = new byte[length];
        b.get(unscaled);
        return new BigDecimal(new BigInteger(unscaled), scale);
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            // deleting anyway
        }
        mapped.clear();
        for (Path segment : segments) {
            try {
                Files.deleteIfExists(segment);
            } catch (IOException e) {
                segment.toFile().deleteOnExit();
            }
        }
    }
}
