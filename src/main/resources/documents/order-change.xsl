<?xml version="1.0" encoding="UTF-8"?>
<!-- An order varying, renewing or discharging a Stalking Protection Order (Stalking Protection Act 2019, section 7). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="common.xsl"/>

  <xsl:template match="/orderChange">
    <xsl:call-template name="document">
      <xsl:with-param name="title">
        <xsl:choose>
          <xsl:when test="change = 'VARIATION'">Order varying a Stalking Protection Order</xsl:when>
          <xsl:when test="change = 'RENEWAL'">Order renewing a Stalking Protection Order</xsl:when>
          <xsl:otherwise>Order discharging a Stalking Protection Order</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/orderChange" mode="body">
    <xsl:variable name="original"><xsl:call-template name="date"><xsl:with-param name="iso" select="originalOrderMadeOn"/></xsl:call-template></xsl:variable>
    <xsl:call-template name="para"><xsl:with-param name="text">Stalking Protection Act 2019, section 7</xsl:with-param></xsl:call-template>
    <xsl:call-template name="order-particulars"/>
    <xsl:call-template name="field"><xsl:with-param name="label">Applied for by</xsl:with-param><xsl:with-param name="value" select="appliedForBy"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">Order made on</xsl:with-param><xsl:with-param name="value" select="$original"/></xsl:call-template>
    <xsl:apply-templates select="defendant"/>
    <xsl:choose>
      <xsl:when test="change = 'DISCHARGE'">
        <xsl:call-template name="heading"><xsl:with-param name="text">The order</xsl:with-param></xsl:call-template>
        <xsl:call-template name="para"><xsl:with-param name="text">The court discharges the Stalking Protection Order. Its prohibitions and requirements, and the notification requirements that came with it, end on the day this order is made.</xsl:with-param></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="heading"><xsl:with-param name="text">The order</xsl:with-param></xsl:call-template>
        <xsl:call-template name="para"><xsl:with-param name="text" select="concat('The court ', substring('variesrenews', 1 + 6 * (change = 'RENEWAL'), 6), ' the Stalking Protection Order. From the day this order is made, the order has the following terms.')"/></xsl:call-template>
        <xsl:call-template name="order-terms"/>
        <xsl:call-template name="period"/>
        <xsl:call-template name="where-it-applies"/>
        <xsl:call-template name="breach-warning"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
