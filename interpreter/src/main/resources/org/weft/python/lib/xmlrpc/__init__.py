"""XML-RPC: a client (xmlrpc.client) and a server (xmlrpc.server). Written for Weft."""
