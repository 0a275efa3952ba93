<?xml version="1.0" encoding="UTF-8"?>
<!-- The page, the running header and footer, and the pieces every document type uses. Each type's template
     imports this, calls "document" with its title and supplies its body in mode "body" (not as a parameter:
     the JDK's XSLTC drops the fo: namespace from nested elements of a result-tree fragment copied with
     xsl:copy-of). Values are only ever copied as text. -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:x="adobe:ns:meta/"
                xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                xmlns:dc="http://purl.org/dc/elements/1.1/">

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- tried in order for each character, so a name in any of these scripts finds a glyph -->
  <xsl:variable name="fonts">'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans CJK SC', 'Noto Sans Symbols 2', 'DejaVu Sans'</xsl:variable>
  <xsl:variable name="marking">OFFICIAL-SENSITIVE</xsl:variable>
  <xsl:variable name="reference" select="/*/caseReference"/>

  <xsl:template name="document">
    <xsl:param name="title"/>
    <fo:root xml:lang="en-GB" font-family="{$fonts}" font-size="11pt" line-height="1.4">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="A4" page-height="297mm" page-width="210mm" margin="12mm 20mm 10mm 20mm">
          <fo:region-body margin-top="16mm" margin-bottom="14mm"/>
          <fo:region-before extent="12mm"/>
          <fo:region-after extent="10mm"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:declarations>
        <x:xmpmeta>
          <rdf:RDF>
            <rdf:Description rdf:about="">
              <dc:title>
                <rdf:Alt>
                  <rdf:li xml:lang="x-default"><xsl:value-of select="concat($title, ', case ', $reference)"/></rdf:li>
                </rdf:Alt>
              </dc:title>
              <dc:language>
                <rdf:Bag>
                  <rdf:li>en-GB</rdf:li>
                </rdf:Bag>
              </dc:language>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
      </fo:declarations>
      <fo:page-sequence master-reference="A4" id="document">
        <fo:static-content flow-name="xsl-region-before">
          <fo:block role="artifact" font-size="9pt" text-align-last="justify" border-bottom="0.5pt solid #000000">
            <fo:inline font-weight="bold"><xsl:value-of select="$marking"/></fo:inline>
            <fo:leader leader-pattern="space"/>
            <xsl:value-of select="concat('Case reference ', $reference)"/>
          </fo:block>
        </fo:static-content>
        <fo:static-content flow-name="xsl-region-after">
          <fo:block role="artifact" font-size="9pt" text-align-last="justify" border-top="0.5pt solid #000000">
            <fo:inline font-weight="bold"><xsl:value-of select="$marking"/></fo:inline>
            <xsl:value-of select="concat('  Case reference ', $reference)"/>
            <fo:leader leader-pattern="space"/>
            <xsl:text>Page </xsl:text><fo:page-number/><xsl:text> of </xsl:text><fo:page-number-citation-last ref-id="document"/>
          </fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
          <fo:block role="H1" font-size="17pt" font-weight="bold" space-after="6pt" keep-with-next="always">
            <xsl:value-of select="$title"/>
          </fo:block>
          <xsl:apply-templates select="." mode="body"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:template name="heading">
    <xsl:param name="text"/>
    <fo:block role="H2" font-size="13pt" font-weight="bold" space-before="10pt" space-after="4pt" keep-with-next="always">
      <xsl:value-of select="$text"/>
    </fo:block>
  </xsl:template>

  <xsl:template name="para">
    <xsl:param name="text"/>
    <fo:block space-after="5pt"><xsl:value-of select="$text"/></fo:block>
  </xsl:template>

  <!-- "label: value" lines; nothing is printed for a value the record does not hold -->
  <xsl:template name="field">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:if test="string($value)">
      <fo:block space-after="2pt"><fo:inline font-weight="bold"><xsl:value-of select="concat($label, ': ')"/></fo:inline><xsl:value-of select="$value"/></fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template name="date">
    <xsl:param name="iso"/>
    <xsl:if test="string($iso)">
      <xsl:variable name="month" select="number(substring($iso, 6, 2))"/>
      <xsl:value-of select="concat(number(substring($iso, 9, 2)), ' ',
          normalize-space(substring('January  February March    April    May      June     July     August   SeptemberOctober  November December ', ($month - 1) * 9 + 1, 9)),
          ' ', substring($iso, 1, 4))"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="date-field">
    <xsl:param name="label"/>
    <xsl:param name="iso"/>
    <xsl:call-template name="field">
      <xsl:with-param name="label" select="$label"/>
      <xsl:with-param name="value"><xsl:call-template name="date"><xsl:with-param name="iso" select="$iso"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="defendant">
    <xsl:call-template name="heading"><xsl:with-param name="text">Defendant</xsl:with-param></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">Name</xsl:with-param><xsl:with-param name="value" select="name"/></xsl:call-template>
    <xsl:if test="aliases/item">
      <xsl:call-template name="field">
        <xsl:with-param name="label">Also known as</xsl:with-param>
        <xsl:with-param name="value"><xsl:for-each select="aliases/item"><xsl:if test="position() > 1">; </xsl:if><xsl:value-of select="."/></xsl:for-each></xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:call-template name="date-field"><xsl:with-param name="label">Date of birth</xsl:with-param><xsl:with-param name="iso" select="dateOfBirth"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">Home address</xsl:with-param><xsl:with-param name="value" select="homeAddress"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="list">
    <xsl:param name="items"/>
    <fo:list-block provisional-distance-between-starts="8mm" provisional-label-separation="2mm" space-after="4pt">
      <xsl:for-each select="$items">
        <fo:list-item space-after="3pt">
          <fo:list-item-label end-indent="label-end()"><fo:block><xsl:value-of select="concat(position(), '.')"/></fo:block></fo:list-item-label>
          <fo:list-item-body start-indent="body-start()"><fo:block><xsl:value-of select="."/></fo:block></fo:list-item-body>
        </fo:list-item>
      </xsl:for-each>
    </fo:list-block>
  </xsl:template>

  <!-- prohibitions or requirements, each with why it is necessary where the record says -->
  <xsl:template name="terms">
    <xsl:param name="title"/>
    <xsl:param name="lead"/>
    <xsl:param name="terms"/>
    <xsl:if test="$terms">
      <xsl:call-template name="heading"><xsl:with-param name="text" select="$title"/></xsl:call-template>
      <xsl:call-template name="para"><xsl:with-param name="text" select="$lead"/></xsl:call-template>
      <fo:list-block provisional-distance-between-starts="8mm" provisional-label-separation="2mm" space-after="4pt">
        <xsl:for-each select="$terms">
          <fo:list-item space-after="4pt">
            <fo:list-item-label end-indent="label-end()"><fo:block><xsl:value-of select="concat(position(), '.')"/></fo:block></fo:list-item-label>
            <fo:list-item-body start-indent="body-start()">
              <fo:block><xsl:value-of select="text"/></fo:block>
              <xsl:if test="string(necessity)">
                <fo:block font-size="10pt" space-before="1pt"><xsl:value-of select="concat('Why this is necessary: ', necessity)"/></fo:block>
              </xsl:if>
            </fo:list-item-body>
          </fo:list-item>
        </xsl:for-each>
      </fo:list-block>
    </xsl:if>
  </xsl:template>

  <xsl:template name="order-terms">
    <xsl:call-template name="terms">
      <xsl:with-param name="title">Prohibitions</xsl:with-param>
      <xsl:with-param name="lead">The defendant must not:</xsl:with-param>
      <xsl:with-param name="terms" select="terms/prohibitions/item"/>
    </xsl:call-template>
    <xsl:call-template name="terms">
      <xsl:with-param name="title">Requirements</xsl:with-param>
      <xsl:with-param name="lead">The defendant must:</xsl:with-param>
      <xsl:with-param name="terms" select="terms/requirements/item"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="where-it-applies">
    <xsl:call-template name="heading"><xsl:with-param name="text">Where it applies</xsl:with-param></xsl:call-template>
    <xsl:choose>
      <xsl:when test="string(locality)">
        <xsl:call-template name="para"><xsl:with-param name="text" select="concat('The prohibitions apply only in this locality: ', locality)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="para"><xsl:with-param name="text">The prohibitions apply throughout the United Kingdom.</xsl:with-param></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="breach-warning">
    <xsl:call-template name="heading"><xsl:with-param name="text">Warning</xsl:with-param></xsl:call-template>
    <fo:block space-after="5pt" font-weight="bold" border="1pt solid #000000" padding="4pt">If, without reasonable excuse, you do anything this order prohibits or fail to do anything it requires, you commit an offence. It is punishable by up to 5 years' imprisonment, a fine, or both (Stalking Protection Act 2019, section 8).</fo:block>
  </xsl:template>

  <xsl:template name="notification-duty">
    <xsl:call-template name="heading"><xsl:with-param name="text">Notification requirements</xsl:with-param></xsl:call-template>
    <xsl:call-template name="para">
      <xsl:with-param name="text" select="concat('Within 3 days beginning with the day this order is served on you, you must tell the police, in person at a police station in the area of ', policeForce, ', your name, any other names you use and your home address, and again within 3 days of any change. A separate notice served with this order explains how. Failing to do so without reasonable excuse, or giving false information, is an offence punishable by up to 5 years', &quot;'&quot;, ' imprisonment.')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="period">
    <xsl:param name="interim" select="false()"/>
    <xsl:variable name="from"><xsl:call-template name="date"><xsl:with-param name="iso" select="period/startsOn"/></xsl:call-template></xsl:variable>
    <xsl:variable name="to"><xsl:call-template name="date"><xsl:with-param name="iso" select="period/endsOn"/></xsl:call-template></xsl:variable>
    <xsl:call-template name="heading"><xsl:with-param name="text">How long it lasts</xsl:with-param></xsl:call-template>
    <xsl:choose>
      <xsl:when test="$interim">
        <xsl:call-template name="para"><xsl:with-param name="text" select="concat('This interim order has effect from ', $from, ' until ', $to, ', or until the court decides the main application for a Stalking Protection Order, if that is sooner.')"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="period/untilFurtherOrder = 'true'">
        <xsl:call-template name="para"><xsl:with-param name="text" select="concat('This order has effect from ', $from, ' until further order.')"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="para"><xsl:with-param name="text" select="concat('This order has effect for a fixed period from ', $from, ' to ', $to, '.')"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="order-particulars">
    <xsl:call-template name="field"><xsl:with-param name="label">Court</xsl:with-param><xsl:with-param name="value" select="court"/></xsl:call-template>
    <xsl:call-template name="date-field"><xsl:with-param name="label">Made on</xsl:with-param><xsl:with-param name="iso" select="madeOn"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">Applicant (chief officer of police)</xsl:with-param><xsl:with-param name="value" select="policeForce"/></xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
