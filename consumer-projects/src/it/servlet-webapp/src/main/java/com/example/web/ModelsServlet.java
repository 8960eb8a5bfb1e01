package com.example.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The app's own servlet: it only reads what the filter established. */
public class ModelsServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setContentType("text/plain");
    response.getWriter().print("models for " + request.getUserPrincipal().getName() + ", admin="
        + request.isUserInRole("admins"));
  }
}
